#!/bin/bash
# bash: source the generated script, set COMP_WORDS/COMP_CWORD, call _qkanban.
# Usage: bash_completion.sh GEN_DIR BIN_DIR
gen=$1
. "$(dirname "$0")/common.sh" "$2"
[ -n "$task_id" ] || { echo "FAIL: no task created"; exit 1; }
. "$gen/qkanban.bash"

candidates() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMPREPLY=()
    _qkanban
    ((${#COMPREPLY[@]} == 0)) || printf '%s\n' "${COMPREPLY[@]}"
}
mapfile -t got < <(candidates qkanban --headless cre)
check "verb" create "${got[@]}"
[ "${#got[@]}" -eq 1 ] || { echo "FAIL: 'cre' gave ${got[*]}"; failures=$((failures + 1)); }
mapfile -t got < <(candidates qkanban --headless create --assig)
check "flag" --assignee "${got[@]}"
mapfile -t got < <(candidates qkanban --headless show t_)
check "task id" "$task_id" "${got[@]}"
mapfile -t got < <(candidates qkanban --headless --board side show t_)
check "task id of --board" "$side_id" "${got[@]}"
mapfile -t got < <(candidates qkanban --headless create x --assignee co)
check "profile" coder "${got[@]}"
mapfile -t got < <(candidates qkanban --board "")
check "board slug" default "${got[@]}"
mapfile -t got < <(candidates qkanban --he)
check "top-level option" --headless "${got[@]}"
mapfile -t got < <(candidates qkanban --headless list --status "")
check "choice" ready "${got[@]}"
mapfile -t got < <(candidates qkanban --headless __comp)
[ "${#got[@]}" -eq 0 ] || { echo "FAIL: hidden verb offered: ${got[*]}"; failures=$((failures + 1)); }
exit $failures

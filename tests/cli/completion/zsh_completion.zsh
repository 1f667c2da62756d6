#!/bin/zsh -f
# zsh: compinit with the generated _qkanban in $fpath; compadd is replaced
# by a function that prints the candidates matching the current word, and
# _qkanban is called with words/CURRENT set.
# Usage: zsh_completion.zsh GEN_DIR BIN_DIR
gen=$1
source "${0:A:h}/common.sh" "$2"
[[ -n $task_id ]] || { echo "FAIL: no task created"; exit 1; }
fpath=("$gen" $fpath)
autoload -U compinit
compinit -u -D

compadd() {
    local -a candidates
    local seen=0 a
    for a in "$@"; do
        if (( seen )); then
            candidates+=("$a")
        elif [[ $a == -- ]]; then
            seen=1
        fi
    done
    for a in "${candidates[@]}"; do
        [[ $a == ${words[CURRENT]}* ]] && print -r -- "$a"
    done
    return 0
}

candidates() {
    local -a words=("$@")
    local CURRENT=${#words}
    _qkanban
}
got=("${(@f)$(candidates qkanban --headless cre)}")
check "verb" create "${got[@]}"
(( ${#got} == 1 )) || { echo "FAIL: 'cre' gave ${got[*]}"; failures=$((failures + 1)); }
got=("${(@f)$(candidates qkanban --headless create --assig)}")
check "flag" --assignee "${got[@]}"
got=("${(@f)$(candidates qkanban --headless show t_)}")
check "task id" "$task_id" "${got[@]}"
got=("${(@f)$(candidates qkanban --headless --board side show t_)}")
check "task id of --board" "$side_id" "${got[@]}"
got=("${(@f)$(candidates qkanban --headless create x --assignee co)}")
check "profile" coder "${got[@]}"
got=("${(@f)$(candidates qkanban --board '')}")
check "board slug" default "${got[@]}"
got=("${(@f)$(candidates qkanban --he)}")
check "top-level option" --headless "${got[@]}"
got=("${(@f)$(candidates qkanban --headless list --status '')}")
check "choice" ready "${got[@]}"
got=($(candidates qkanban --headless __comp))
(( ${#got} == 0 )) || { echo "FAIL: hidden verb offered: ${got[*]}"; failures=$((failures + 1)); }
exit $failures

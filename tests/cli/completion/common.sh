# Shared by the completion tests (sourced by bash and zsh; fish has its
# own): a private qkanban home with one task and one profile.
# Usage: source common.sh BIN_DIR; sets $task_id, $side_id (board side)
# and $tmp.
export PATH="$1:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" QKANBAN_HOME="$tmp/qkanban" XDG_CONFIG_HOME="$tmp/config" ZDOTDIR="$tmp"
unset QKANBAN_CONFIG QKANBAN_DB QKANBAN_BOARD
mkdir -p "$HOME"
task_id=$(qkanban --headless create "Completion target" | sed -n 's/.*\(t_[0-9a-f]\{4,\}\).*/\1/p' | head -n 1)
qkanban --headless boards create side >/dev/null
side_id=$(qkanban --headless --board side create "On the side board" | sed -n 's/.*\(t_[0-9a-f]\{4,\}\).*/\1/p' | head -n 1)
qkanban --headless profiles add coder --command 'true' >/dev/null
failures=0
check() { # check NAME EXPECTED CANDIDATES...
    local name=$1 expected=$2
    shift 2
    local c
    for c in "$@"; do
        if [ "$c" = "$expected" ]; then
            echo "ok: $name -> $expected"
            return 0
        fi
    done
    echo "FAIL: $name: expected '$expected' among: $*"
    failures=$((failures + 1))
}

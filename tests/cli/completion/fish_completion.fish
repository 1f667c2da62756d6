#!/usr/bin/fish
# fish: source the generated script and ask `complete -C` for candidates.
# Usage: fish_completion.fish GEN_DIR BIN_DIR
set gen $argv[1]
set -x PATH $argv[2] $PATH
set tmp (mktemp -d)
set -x HOME $tmp/home
set -x QKANBAN_HOME $tmp/qkanban
set -x XDG_CONFIG_HOME $tmp/config
set -e QKANBAN_CONFIG QKANBAN_DB QKANBAN_BOARD
mkdir -p $HOME
set task_id (qkanban --headless create "Completion target" | string match -r 't_[0-9a-f]{4,}')[1]
qkanban --headless boards create side >/dev/null
set side_id (qkanban --headless --board side create "On the side board" | string match -r 't_[0-9a-f]{4,}')[1]
qkanban --headless profiles add coder --command true >/dev/null
source $gen/qkanban.fish
set -g failures 0

function check -a name expected line
    set -l got (complete -C $line | string replace -r '\t.*' '')
    if contains -- $expected $got
        echo "ok: $name -> $expected"
    else
        echo "FAIL: $name: expected '$expected' among: $got"
        set -g failures (math $failures + 1)
    end
end

test -n "$task_id"; or begin; echo "FAIL: no task created"; set -g failures 1; end
check verb create 'qkanban --headless cre'
set -l verbs (complete -C 'qkanban --headless cre' | string replace -r '\t.*' '')
test (count $verbs) -eq 1; or begin; echo "FAIL: 'cre' gave $verbs"; set -g failures (math $failures + 1); end
check flag --assignee 'qkanban --headless create --assig'
check 'task id' $task_id 'qkanban --headless show t_'
check 'task id of --board' $side_id 'qkanban --headless --board side show t_'
check profile coder 'qkanban --headless create x --assignee co'
check 'board slug' default 'qkanban --board '
check 'top-level option' --headless 'qkanban --he'
check choice ready 'qkanban --headless list --status '
set -l hidden (complete -C 'qkanban --headless __comp')
test (count $hidden) -eq 0; or begin; echo "FAIL: hidden verb offered: $hidden"; set -g failures (math $failures + 1); end
rm -rf $tmp
exit $failures

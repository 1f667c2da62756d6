<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n card</numerusform>
            <numerusform>%1, %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n card(s) shown</source>
        <translation>
            <numerusform>%1, %2 of %n card shown</numerusform>
            <numerusform>%1, %2 of %n cards shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEventFeed</name>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (board %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <source>Cards per status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher alive, last tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispatcher running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <source>Board toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cards  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, id, assignee, tenant or text (press / to focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cards of one assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cards of one tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Archived column, at the right end of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the card colours mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board is empty. Press N to create your first task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the description (markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 KB of %2 KB. Edit shows the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n</source>
        <translation>
            <numerusform>waiting on %n</numerusform>
            <numerusform>waiting on %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>Waiting on %n unfinished parent</numerusform>
            <numerusform>Waiting on %n unfinished parents</numerusform>
        </translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s); the next attempt starts in %1</source>
        <translation>
            <numerusform>Failed %n time; the next attempt starts in %1</numerusform>
            <numerusform>Failed %n times; the next attempt starts in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The next attempt starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting stale (amber border): waiting a while in this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale (red border): waiting long in this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message numerus="yes">
        <source>No card matches the filter — %n hidden</source>
        <translation>
            <numerusform>No card matches the filter — %n hidden</numerusform>
            <numerusform>No card matches the filter — %n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>waiting on %n unfinished parent</numerusform>
            <numerusform>waiting on %n unfinished parents</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What the cards show&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Amber border&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The task has waited a while in its column: running 10 minutes, ready or blocked 1 hour, todo 7 days.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Red border and glow&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stale: running 1 hour, ready or blocked 1 day, todo 30 days, counted from when the task entered the column.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Outer ring&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The selected card.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P1, P2, P3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Priority; higher numbers go first.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Coloured chip&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The assignee (one colour per name); &lt;i&gt;unassigned&lt;/i&gt; when nobody is.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;review: NAME&lt;/b&gt;&lt;/td&gt;&lt;td&gt;A profile reviews the result.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Clock&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time running, or the next attempt&apos;s countdown.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Waiting on N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Unfinished parents it waits for.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <source>%1 column, %n card(s)</source>
        <translation>
            <numerusform>%1 column, %n card</numerusform>
            <numerusform>%1 column, %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>New task in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-in-progress limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 column menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Run a command, e.g.  create &quot;Write the notes&quot; --assignee alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headless verbs: list, show, create, assign, link, comment, complete, block, stats… “help” lists them. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command bar is not connected to the verb table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the comment (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment… (Enter posts, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, in markdown (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher runs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git worktree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park in Triage (rough idea, not ready to start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;nant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;fy me when it finishes, blocks or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when the task completes, blocks, gives up or crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the task (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CumulativeFlowChart</name>
    <message>
        <source>Cumulative flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in each column at the end of each day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyChip</name>
    <message>
        <source>%1 — %2 (%3)
Click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task waits for the parent to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parent task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child waits for this task to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent id or title, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child id or title, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatcherPill</name>
    <message>
        <source>Dispatcher · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher · starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs in this program&apos;s tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs as a daemon (pid %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs in another process (pid %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tick: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready tasks are not started until a dispatcher runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) paused</source>
        <translation>
            <numerusform>%n profile paused</numerusform>
            <numerusform>%n profiles paused</numerusform>
        </translation>
    </message>
    <message>
        <source>Last tick did: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is paused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatcherWorker</name>
    <message>
        <source>Asked the dispatcher of process %1 to start ready tasks now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSentence</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broke the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in %1, unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified and moved to Todo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned (was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Ready by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Ready by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: everything it waited for is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1: it now waits for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1: %2 was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer took it (claim until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker took it (claim until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: it still waits for other tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is still alive; its claim now runs until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker started (process %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker reported that it is alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked, back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from its worker by hand, back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from its worker by hand (%1), back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped answering (last sign of life at %1); the task went back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped answering and its claim ran out at %1; the task went back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to review by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to review by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker hit a rate limit; it tries again at %1 (not counted as a failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker ended without reporting a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failure(s); the task is blocked.</source>
        <translation>
            <numerusform>Gave up after %n failure; the task is blocked.</numerusform>
            <numerusform>Gave up after %n failures; the task is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: no one is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: its assignee has no worker profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: there is no worker profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No system tray here: the dispatcher runs in this window, and closing the window stops it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>“%1” is not part of the guide in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s first page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide — qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — qkanban User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Worker log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: scroll to the end to follow the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log yet. It appears when a worker runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command bar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;qkanban %1&lt;/h3&gt;&lt;p&gt;A kanban board on which people and AI agent workers coordinate.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Board: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ready tasks now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>The task %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to Running: the dispatcher starts ready tasks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be marked done while it is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be blocked while it is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be ready yet: it waits on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: another task (%2) now uses its idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tasks no longer exist: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: the two would wait on each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: %2 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being reviewed: approve it or request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the board could not be saved and is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is busy: another program has been writing to it for %1 s. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet: it is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user</source>
        <comment>the default author when no name is known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when a task was created (&apos;5 min ago&apos; or a date) and by whom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed too often: the dispatcher gave up on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker of %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran out of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lowercase letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo move of %n card(s) to %1</source>
        <translation>
            <numerusform>Undo move of %n card to %1</numerusform>
            <numerusform>Undo move of %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done tasks release their children. A worker still running on them is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked tasks wait for a person to unblock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived tasks leave the board (View → Show archived brings them back). A running worker is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2 (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1 (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Moved %n card to %1 (Ctrl+Z undoes)</numerusform>
            <numerusform>Moved %n cards to %1 (Ctrl+Z undoes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has moved on since (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was running; only the dispatcher can start it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s)</source>
        <translation>
            <numerusform>Undid the move of %n card</numerusform>
            <numerusform>Undid the move of %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work goes back to its assignee with your reason as a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Moved %n card (Ctrl+Z undoes)</numerusform>
            <numerusform>Moved %n cards (Ctrl+Z undoes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRefusalText</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: only the dispatcher starts tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: it waits on %3. Finish or unlink them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be completed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be blocked from %2: only ready or running tasks can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 now uses its idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being reviewed: its reviewer approves it or sends it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards are separate: their own tasks, logs and workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. side-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board will be called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a board called %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A board name has at most %n characters.</source>
        <translation>
            <numerusform>A board name has at most %n character.</numerusform>
            <numerusform>A board name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A board name has no capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board name starts with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board name uses only lowercase letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Worker profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-agent --task {task} --workspace {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {task} {run} {workspace} {profile} {board} {db}. The command runs without a shell, in the task&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment lines look like KEY=value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, tasks of this profile wait in Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The command can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in the form is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped answering after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker never answered after it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign of life %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the dispatcher looks for ready tasks (it also looks within a second of any change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers running at once on this computer, all profiles together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers of one profile running at once (a profile&apos;s own limit wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts before a task gives up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a claim holds without its worker renewing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker silent this long is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &amp;running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most running per &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give up after failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a &amp;silent worker after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start qkanban in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when any task of the board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WIP limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks created with &quot;Notify me&quot; tell you about all four, whatever is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — qkanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board, the arrow keys move between cards and columns, Enter opens the selected card and Esc closes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsChartsPanel</name>
    <message>
        <source>Lead and cycle time &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the time distributions of all tasks, one assignee or one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative flow chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Board statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest ready task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, ready for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough ideas land here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting for a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDrawer</name>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this task to another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Retry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when it is done, blocked or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when this task finishes, blocks, gives up or its worker crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now waits for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer waits for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickReport</name>
    <message>
        <source>The dispatcher failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispatcher is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waits for profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait for profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waits for an assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait for an assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waits for the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait for the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 retries later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retry later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeHistogram</name>
    <message>
        <source>0–1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–12h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½–1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–4d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;2w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · p85 %2 · p95 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>Open board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qkanban: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 ready · %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qkanban keeps running here and dispatching tasks. Open the board or quit from this icon&apos;s menu; Ctrl+Q in the window quits too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 running · %3 ready · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>Waiting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap of %1 running reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs its cap of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipLimitsController</name>
    <message>
        <source>%1 is over its WIP limit (%2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cards in %1 at once (0: no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the WIP limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP limit of %1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the WIP limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipLimitsPage</name>
    <message>
        <source>The most cards a column should hold at once. A column over its limit is marked on the board, and moves into it warn. A limit on Running also caps how many workers the dispatcher starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of its own for board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardColumn</name>
    <message>
        <source>%1 cards</source>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
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
        <source>Created %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
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
        <source>Profile %1 is paused: %2. Resume it with: qkanban --headless profiles resume %1</source>
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
        <source>Dispatching…</source>
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
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards are separate: their own tasks, logs and workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board name (lowercase letters, digits, - and _)</source>
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
        <source>No such task: %1</source>
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
        <source>Elapsed</source>
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
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the link %1 → %2</source>
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
</context>
</TS>

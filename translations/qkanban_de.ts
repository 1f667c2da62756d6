<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n Karte</numerusform>
            <numerusform>%1, %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n card(s) shown</source>
        <translation>
            <numerusform>%1, %2 von %n Karte angezeigt</numerusform>
            <numerusform>%1, %2 von %n Karten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEventFeed</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <source>Worker crashed: %1</source>
        <translation>Worker abgestürzt: %1</translation>
    </message>
    <message>
        <source>%1 (board %2)</source>
        <translation>%1 (Board %2)</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <source>Cards per status: %1</source>
        <translation>Karten je Status: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Dispatcher alive, last tick %1</source>
        <translation>Dispatcher aktiv, letzter Lauf %1</translation>
    </message>
    <message>
        <source>Dispatcher alive</source>
        <translation>Dispatcher aktiv</translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation>Dispatcher pausiert</translation>
    </message>
    <message>
        <source>Dispatcher error: %1</source>
        <translation>Dispatcher-Fehler: %1</translation>
    </message>
    <message>
        <source>No dispatcher running</source>
        <translation>Kein Dispatcher aktiv</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <source>Board toolbar</source>
        <translation>Board-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Switch board</source>
        <translation>Board wechseln</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Filter cards  ( / )</source>
        <translation>Karten filtern  ( / )</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Filter by title, id, assignee, tenant or text (press / to focus)</source>
        <translation>Nach Titel, ID, Zuständigem, Mandant oder Text filtern (/ drücken)</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter nach Zuständigem</translation>
    </message>
    <message>
        <source>Show the cards of one assignee</source>
        <translation>Die Karten eines Zuständigen zeigen</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Filter nach Mandant</translation>
    </message>
    <message>
        <source>Show the cards of one tenant</source>
        <translation>Die Karten eines Mandanten zeigen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>All assignees</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Neues Board…</translation>
    </message>
    <message>
        <source>Show the Archived column, at the right end of the board</source>
        <translation>Die Spalte „Archiviert“ am rechten Rand des Boards zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>What the card colours mean</source>
        <translation>Was die Farben der Karten bedeuten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>This board is empty. Press N to create your first task.</source>
        <translation>Dieses Board ist leer. Drücken Sie N, um Ihre erste Aufgabe zu erstellen.</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description (markdown)</source>
        <translation>Beschreibung bearbeiten (Markdown)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <source>Showing the first %1 KB of %2 KB. Edit shows the whole text.</source>
        <translation>Die ersten %1 KB von %2 KB. „Bearbeiten“ zeigt den ganzen Text.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n</source>
        <translation>
            <numerusform>wartet auf %n</numerusform>
            <numerusform>wartet auf %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>Wartet auf %n offene Vorgängeraufgabe</numerusform>
            <numerusform>Wartet auf %n offene Vorgängeraufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation>neuer Versuch in %1</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s); the next attempt starts in %1</source>
        <translation>
            <numerusform>%n Fehlschlag; der nächste Versuch beginnt in %1</numerusform>
            <numerusform>%n Fehlschläge; der nächste Versuch beginnt in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The next attempt starts in %1</source>
        <translation>Der nächste Versuch beginnt in %1</translation>
    </message>
    <message>
        <source>In %1 for %2</source>
        <translation>Seit %2 in „%1“</translation>
    </message>
    <message>
        <source>Getting stale (amber border): waiting a while in this column</source>
        <translation>Wird alt (orangefarbener Rahmen): wartet schon eine Weile in dieser Spalte</translation>
    </message>
    <message>
        <source>Stale (red border): waiting long in this column</source>
        <translation>Veraltet (roter Rahmen): wartet schon lange in dieser Spalte</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message numerus="yes">
        <source>No card matches the filter — %n hidden</source>
        <translation>
            <numerusform>Keine Karte passt zum Filter — %n ausgeblendet</numerusform>
            <numerusform>Keine Karte passt zum Filter — %n ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>geprüft von %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>wartet auf %n offene Vorgängeraufgabe</numerusform>
            <numerusform>wartet auf %n offene Vorgängeraufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>nächster Versuch in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>in %1 for %2</source>
        <translation>seit %2 in „%1“</translation>
    </message>
    <message>
        <source>getting stale</source>
        <translation>wird alt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the cards show&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Amber border&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The task has waited a while in its column: running 10 minutes, ready or blocked 1 hour, todo 7 days.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Red border and glow&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stale: running 1 hour, ready or blocked 1 day, todo 30 days, counted from when the task entered the column.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Outer ring&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The selected card.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P1, P2, P3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Priority; higher numbers go first.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Coloured chip&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The assignee (one colour per name); &lt;i&gt;unassigned&lt;/i&gt; when nobody is.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;review: NAME&lt;/b&gt;&lt;/td&gt;&lt;td&gt;A profile reviews the result.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Clock&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time running, or the next attempt&apos;s countdown.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Waiting on N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Unfinished parents it waits for.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Was die Karten zeigen&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Orangefarbener Rahmen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die Aufgabe wartet schon eine Weile in ihrer Spalte: läuft 10 Minuten, bereit oder blockiert 1 Stunde, offen 7 Tage.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Roter Rahmen mit Schein&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Veraltet: läuft 1 Stunde, bereit oder blockiert 1 Tag, offen 30 Tage, gezählt ab dem Eintritt der Aufgabe in die Spalte.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Äußerer Ring&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die ausgewählte Karte.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P1, P2, P3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Priorität; höhere Zahlen kommen zuerst.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Farbiges Etikett&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Der Zuständige (eine Farbe je Name); &lt;i&gt;nicht zugewiesen&lt;/i&gt;, wenn niemand zuständig ist.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Prüfung: NAME&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ein Profil prüft das Ergebnis.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Uhr&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Laufzeit oder die Zeit bis zum nächsten Versuch.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;wartet auf N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Offene Vorgänger, auf die sie wartet.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>wartet auf %1</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <source>%1 column, %n card(s)</source>
        <translation>
            <numerusform>Spalte %1, %n Karte</numerusform>
            <numerusform>Spalte %1, %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>New task in %1</source>
        <translation>Neue Aufgabe in %1</translation>
    </message>
    <message>
        <source>Over the limit of %1</source>
        <translation>Über dem Limit von %1</translation>
    </message>
    <message>
        <source>Work-in-progress limit: %1</source>
        <translation>WIP-Limit: %1</translation>
    </message>
    <message>
        <source>%1 column menu</source>
        <translation>Menü der Spalte %1</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>WIP-Limit festlegen …</translation>
    </message>
    <message>
        <source>Clear limit</source>
        <translation>Limit entfernen</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Run a command, e.g.  create &quot;Write the notes&quot; --assignee alice</source>
        <translation>Befehl ausführen, z. B.  create &quot;Notizen schreiben&quot; --assignee alice</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Ausgabe des Befehls</translation>
    </message>
    <message>
        <source>The headless verbs: list, show, create, assign, link, comment, complete, block, stats… “help” lists them. Esc closes.</source>
        <translation>Die Befehle der Kommandozeile: list, show, create, assign, link, comment, complete, block, stats … „help“ listet sie auf. Esc schließt.</translation>
    </message>
    <message>
        <source>The command bar is not connected to the verb table.</source>
        <translation>Die Befehlsleiste ist nicht mit der Befehlstabelle verbunden.</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Post the comment (Enter)</source>
        <translation>Kommentar senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Add a comment… (Enter posts, Shift+Enter for a new line)</source>
        <translation>Kommentar schreiben … (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 comments</source>
        <translation>Die neuesten %1 von %2 Kommentaren</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Details, in markdown (optional)</source>
        <translation>Details in Markdown (optional)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Higher runs first</source>
        <translation>Höhere Priorität läuft zuerst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Scratch folder</source>
        <translation>Temporärer Ordner</translation>
    </message>
    <message>
        <source>Git worktree</source>
        <translation>Git-Worktree</translation>
    </message>
    <message>
        <source>Existing folder</source>
        <translation>Vorhandener Ordner</translation>
    </message>
    <message>
        <source>Absolute path</source>
        <translation>Absoluter Pfad</translation>
    </message>
    <message>
        <source>Park in Triage (rough idea, not ready to start)</source>
        <translation>In die Sichtung legen (grobe Idee, noch nicht startbereit)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Te&amp;nant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Pa&amp;rent:</source>
        <translation>&amp;Vorgänger:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace path</source>
        <translation>Pfad des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation>Das Profil, das der Dispatcher startet, wenn die Aufgabe zur Prüfung geht; leer: eine Person prüft</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Prü&amp;fer:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>Noti&amp;fy me when it finishes, blocks or fails</source>
        <translation>Be&amp;nachrichtigen, wenn sie fertig ist, blockiert oder scheitert</translation>
    </message>
    <message>
        <source>A desktop notification when the task completes, blocks, gives up or crashes</source>
        <translation>Eine Desktop-Benachrichtigung, wenn die Aufgabe fertig wird, blockiert, aufgegeben wird oder abstürzt</translation>
    </message>
    <message>
        <source>Create the task (Ctrl+Enter)</source>
        <translation>Die Aufgabe erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>CumulativeFlowChart</name>
    <message>
        <source>Cumulative flow</source>
        <translation>Kumulativer Fluss</translation>
    </message>
    <message>
        <source>Cards in each column at the end of each day</source>
        <translation>Karten je Spalte am Ende jedes Tages</translation>
    </message>
</context>
<context>
    <name>DependencyChip</name>
    <message>
        <source>%1 — %2 (%3)
Click to open</source>
        <translation>%1 — %2 (%3)
Zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Open %1: %2 (%3)</source>
        <translation>%1 öffnen: %2 (%3)</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diese Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation>Verknüpfung zu %1 entfernen</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source>Parents</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Add parent</source>
        <translation>Vorgänger hinzufügen</translation>
    </message>
    <message>
        <source>This task waits for the parent to be done</source>
        <translation>Diese Aufgabe wartet, bis der Vorgänger erledigt ist</translation>
    </message>
    <message>
        <source>Add a parent task</source>
        <translation>Eine Vorgängeraufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Nachfolger hinzufügen</translation>
    </message>
    <message>
        <source>The child waits for this task to be done</source>
        <translation>Der Nachfolger wartet, bis diese Aufgabe erledigt ist</translation>
    </message>
    <message>
        <source>Add a child task</source>
        <translation>Eine Nachfolgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Parent id or title, then Enter</source>
        <translation>ID oder Titel des Vorgängers, dann Eingabe</translation>
    </message>
    <message>
        <source>New parent</source>
        <translation>Neuer Vorgänger</translation>
    </message>
    <message>
        <source>Child id or title, then Enter</source>
        <translation>ID oder Titel des Nachfolgers, dann Eingabe</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Neuer Nachfolger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>DispatcherPill</name>
    <message>
        <source>Dispatcher · %1</source>
        <translation>Dispatcher · %1</translation>
    </message>
    <message>
        <source>Dispatcher · starting</source>
        <translation>Dispatcher · startet</translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation>Dispatcher pausiert</translation>
    </message>
    <message>
        <source>Dispatcher error</source>
        <translation>Dispatcher-Fehler</translation>
    </message>
    <message>
        <source>No dispatcher</source>
        <translation>Kein Dispatcher</translation>
    </message>
    <message>
        <source>runs in this program&apos;s tray icon</source>
        <translation>läuft im Symbol dieses Programms im Systembereich</translation>
    </message>
    <message>
        <source>runs in this window</source>
        <translation>läuft in diesem Fenster</translation>
    </message>
    <message>
        <source>runs as a daemon (pid %1 on %2)</source>
        <translation>läuft als Dienst (PID %1 auf %2)</translation>
    </message>
    <message>
        <source>runs in another process (pid %1 on %2)</source>
        <translation>läuft in einem anderen Prozess (PID %1 auf %2)</translation>
    </message>
    <message>
        <source>Last tick: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <source>Last tick: not yet</source>
        <translation>Letzter Lauf: noch keiner</translation>
    </message>
    <message>
        <source>Ready tasks are not started until a dispatcher runs.</source>
        <translation>Bereite Aufgaben starten erst, wenn ein Dispatcher läuft.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) paused</source>
        <translation>
            <numerusform>%n Profil pausiert</numerusform>
            <numerusform>%n Profile pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Last tick did: %1</source>
        <translation>Letzter Lauf ergab: %1</translation>
    </message>
    <message>
        <source>Profile %1 is paused: %2.</source>
        <translation>Profil %1 ist pausiert: %2.</translation>
    </message>
</context>
<context>
    <name>DispatcherWorker</name>
    <message>
        <source>Asked the dispatcher of process %1 to start ready tasks now</source>
        <translation>Den Dispatcher von Prozess %1 gebeten, bereite Aufgaben jetzt zu starten</translation>
    </message>
</context>
<context>
    <name>EventSentence</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Broke the protocol</source>
        <translation>Protokoll verletzt</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Zur Prüfung gegeben</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>Created, unassigned.</source>
        <translation>Erstellt, niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Created in %1, unassigned.</source>
        <translation>In „%1“ erstellt, niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Created for %1.</source>
        <translation>Für %1 erstellt.</translation>
    </message>
    <message>
        <source>Created in %1 for %2.</source>
        <translation>In „%1“ für %2 erstellt.</translation>
    </message>
    <message>
        <source>Specified and moved to Todo.</source>
        <translation>Ausgearbeitet und nach „Offen“ verschoben.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>the skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Edited.</source>
        <translation>Bearbeitet.</translation>
    </message>
    <message>
        <source>Edited %1.</source>
        <translation>Bearbeitet: %1.</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Zuweisung aufgehoben.</translation>
    </message>
    <message>
        <source>Unassigned (was %1).</source>
        <translation>Zuweisung aufgehoben (vorher %1).</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned to %1 (was %2).</source>
        <translation>%1 zugewiesen (vorher %2).</translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation>Priorität auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Now waits for %1.</source>
        <translation>Wartet jetzt auf %1.</translation>
    </message>
    <message>
        <source>No longer waits for %1.</source>
        <translation>Wartet nicht mehr auf %1.</translation>
    </message>
    <message>
        <source>Moved to Ready by hand.</source>
        <translation>Von Hand nach „Bereit“ verschoben.</translation>
    </message>
    <message>
        <source>Moved to Ready by hand: %1</source>
        <translation>Von Hand nach „Bereit“ verschoben: %1</translation>
    </message>
    <message>
        <source>Ready: everything it waited for is done.</source>
        <translation>Bereit: Alles, worauf sie wartete, ist erledigt.</translation>
    </message>
    <message>
        <source>Back to %1: it now waits for %2.</source>
        <translation>Zurück nach „%1“: Sie wartet jetzt auf %2.</translation>
    </message>
    <message>
        <source>Back to %1: %2 was reopened.</source>
        <translation>Zurück nach „%1“: %2 wurde wieder geöffnet.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Nach „%1“ verschoben.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>Von „%1“ nach „%2“ verschoben.</translation>
    </message>
    <message>
        <source>A reviewer took it (claim until %1).</source>
        <translation>Ein Prüfer hat sie übernommen (Übernahme bis %1).</translation>
    </message>
    <message>
        <source>A worker took it (claim until %1).</source>
        <translation>Ein Worker hat sie übernommen (Übernahme bis %1).</translation>
    </message>
    <message>
        <source>Not started: it still waits for other tasks.</source>
        <translation>Nicht gestartet: Sie wartet noch auf andere Aufgaben.</translation>
    </message>
    <message>
        <source>The worker is still alive; its claim now runs until %1.</source>
        <translation>Der Worker lebt noch; seine Übernahme gilt jetzt bis %1.</translation>
    </message>
    <message>
        <source>The worker started (process %1).</source>
        <translation>Der Worker ist gestartet (Prozess %1).</translation>
    </message>
    <message>
        <source>The worker reported that it is alive.</source>
        <translation>Der Worker hat ein Lebenszeichen gesendet.</translation>
    </message>
    <message>
        <source>The worker reported: %1</source>
        <translation>Der Worker meldet: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Blockiert.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Unblocked, back to %1.</source>
        <translation>Blockierung aufgehoben, zurück nach „%1“.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archiviert.</translation>
    </message>
    <message>
        <source>Taken back from its worker by hand, back to %1.</source>
        <translation>Ihrem Worker von Hand entzogen, zurück nach „%1“.</translation>
    </message>
    <message>
        <source>Taken back from its worker by hand (%1), back to %2.</source>
        <translation>Ihrem Worker von Hand entzogen (%1), zurück nach „%2“.</translation>
    </message>
    <message>
        <source>The worker stopped answering (last sign of life at %1); the task went back to %2.</source>
        <translation>Der Worker antwortete nicht mehr (letztes Lebenszeichen um %1); die Aufgabe ging zurück nach „%2“.</translation>
    </message>
    <message>
        <source>The worker stopped answering and its claim ran out at %1; the task went back to %2.</source>
        <translation>Der Worker antwortete nicht mehr, und seine Übernahme lief um %1 ab; die Aufgabe ging zurück nach „%2“.</translation>
    </message>
    <message>
        <source>Sent to review by a person.</source>
        <translation>Zur Prüfung durch eine Person gegeben.</translation>
    </message>
    <message>
        <source>Sent to review by %1.</source>
        <translation>Zur Prüfung durch %1 gegeben.</translation>
    </message>
    <message>
        <source>Changes requested: %1</source>
        <translation>Änderungen angefordert: %1</translation>
    </message>
    <message>
        <source>%1 requested changes: %2</source>
        <translation>%1 hat Änderungen angefordert: %2</translation>
    </message>
    <message>
        <source>A comment was added.</source>
        <translation>Ein Kommentar wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 hat kommentiert.</translation>
    </message>
    <message>
        <source>The worker hit a rate limit; it tries again at %1 (not counted as a failure).</source>
        <translation>Der Worker hat ein Ratenlimit erreicht; er versucht es um %1 erneut (zählt nicht als Fehlschlag).</translation>
    </message>
    <message>
        <source>The worker could not start</source>
        <translation>Der Worker konnte nicht starten</translation>
    </message>
    <message>
        <source>The worker crashed</source>
        <translation>Der Worker ist abgestürzt</translation>
    </message>
    <message>
        <source>The worker ran out of time</source>
        <translation>Der Worker hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The worker ended without reporting a result</source>
        <translation>Der Worker endete, ohne ein Ergebnis zu melden</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failure(s); the task is blocked.</source>
        <translation>
            <numerusform>Nach %n Fehlschlag aufgegeben; die Aufgabe ist blockiert.</numerusform>
            <numerusform>Nach %n Fehlschlägen aufgegeben; die Aufgabe ist blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Not started: no one is assigned.</source>
        <translation>Nicht gestartet: Niemand ist zugewiesen.</translation>
    </message>
    <message>
        <source>Not started: its assignee has no worker profile.</source>
        <translation>Nicht gestartet: Für den Zuständigen gibt es kein Worker-Profil.</translation>
    </message>
    <message>
        <source>Not started: there is no worker profile named %1.</source>
        <translation>Nicht gestartet: Es gibt kein Worker-Profil namens %1.</translation>
    </message>
    <message>
        <source>The profile %1 was paused.</source>
        <translation>Das Profil %1 wurde pausiert.</translation>
    </message>
    <message>
        <source>The profile %1 was paused: %2</source>
        <translation>Das Profil %1 wurde pausiert: %2</translation>
    </message>
    <message>
        <source>The profile %1 was resumed.</source>
        <translation>Das Profil %1 wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Event: %1.</source>
        <translation>Ereignis: %1.</translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2 (%3)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No system tray here: the dispatcher runs in this window, and closing the window stops it.</source>
        <translation>Kein Systembereich vorhanden: Der Dispatcher läuft in diesem Fenster, und das Schließen des Fensters beendet ihn.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>“%1” is not part of the guide in this build.</source>
        <translation>„%1“ ist in dieser Version nicht im Handbuch enthalten.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (%1)</source>
        <translation>Erste Seite des Handbuchs (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Inhaltsverzeichnis des Handbuchs</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>User Guide — qkanban</source>
        <translation>Benutzerhandbuch — qkanban</translation>
    </message>
    <message>
        <source>%1 — qkanban User Guide</source>
        <translation>%1 — qkanban-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Worker log</source>
        <translation>Worker-Protokoll</translation>
    </message>
    <message>
        <source>Paused: scroll to the end to follow the log</source>
        <translation>Angehalten: Zum Ende scrollen, um dem Protokoll zu folgen</translation>
    </message>
    <message>
        <source>No log yet. It appears when a worker runs: %1</source>
        <translation>Noch kein Protokoll. Es erscheint, sobald ein Worker läuft: %1</translation>
    </message>
    <message>
        <source>Showing the last %1 of %2: %3</source>
        <translation>Die letzten %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — qkanban</source>
        <translation>%1 — qkanban</translation>
    </message>
    <message>
        <source>About qkanban</source>
        <translation>Über qkanban</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation>Dis&amp;patcher</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>New &amp;board…</source>
        <translation>Neues &amp;Board …</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter cards</source>
        <translation>Karten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Command bar…</source>
        <translation>&amp;Befehlsleiste …</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>&amp;Previous column</source>
        <translation>&amp;Vorige Spalte</translation>
    </message>
    <message>
        <source>&amp;Next column</source>
        <translation>&amp;Nächste Spalte</translation>
    </message>
    <message>
        <source>&amp;Dispatch now</source>
        <translation>&amp;Jetzt verteilen</translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation>Jetzt verteilen</translation>
    </message>
    <message>
        <source>P&amp;ause dispatcher</source>
        <translation>&amp;Dispatcher pausieren</translation>
    </message>
    <message>
        <source>Dispatcher &amp;status…</source>
        <translation>Dispatcher-&amp;Status …</translation>
    </message>
    <message>
        <source>&amp;About qkanban</source>
        <translation>&amp;Über qkanban</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Select a card to archive</source>
        <translation>Eine Karte zum Archivieren auswählen</translation>
    </message>
    <message>
        <source>Select a card to move</source>
        <translation>Eine Karte zum Verschieben auswählen</translation>
    </message>
    <message>
        <source>Switched to board %1</source>
        <translation>Zu Board %1 gewechselt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;qkanban %1&lt;/h3&gt;&lt;p&gt;A kanban board on which people and AI agent workers coordinate.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Board: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;qkanban %1&lt;/h3&gt;&lt;p&gt;Ein Kanban-Board, auf dem Menschen und KI-Agenten zusammenarbeiten.&lt;/p&gt;&lt;p&gt;Lizenz: MIT&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Board: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Create a task (%1)</source>
        <translation>Eine Aufgabe erstellen (%1)</translation>
    </message>
    <message>
        <source>Start ready tasks now (%1)</source>
        <translation>Bereite Aufgaben jetzt starten (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation>Umbenannt in „%1“</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Resume profile %1</source>
        <translation>Profil %1 fortsetzen</translation>
    </message>
    <message>
        <source>Resumed profile %1</source>
        <translation>Profil %1 fortgesetzt</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>The task %1 no longer exists.</source>
        <translation>Die Aufgabe %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to Running: the dispatcher starts ready tasks itself.</source>
        <translation>%1 kann nicht nach „Läuft“ verschoben werden: Der Dispatcher startet bereite Aufgaben selbst.</translation>
    </message>
    <message>
        <source>%1 cannot be marked done while it is in %2.</source>
        <translation>%1 kann nicht als erledigt markiert werden, solange die Aufgabe in „%2“ steht.</translation>
    </message>
    <message>
        <source>%1 cannot be blocked while it is in %2.</source>
        <translation>%1 kann nicht blockiert werden, solange die Aufgabe in „%2“ steht.</translation>
    </message>
    <message>
        <source>%1 cannot be ready yet: it waits on %2.</source>
        <translation>%1 kann noch nicht nach „Bereit“: Sie wartet noch auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: another task (%2) now uses its idempotency key.</source>
        <translation>%1 kann nicht wiederhergestellt werden: Eine andere Aufgabe (%2) verwendet jetzt ihren Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3.</source>
        <translation>%1 steht in „%2“, nicht in „%3“.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Eine Aufgabe kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>These tasks no longer exist: %1.</source>
        <translation>Diese Aufgaben existieren nicht mehr: %1.</translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: the two would wait on each other.</source>
        <translation>%1 kann keine Vorgängerin von %2 werden: Beide würden aufeinander warten.</translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: %2 is already running.</source>
        <translation>%1 kann keine Vorgängerin von %2 werden: %2 läuft bereits.</translation>
    </message>
    <message>
        <source>%1 is being reviewed: approve it or request changes.</source>
        <translation>%1 wird gerade geprüft: Freigeben oder Änderungen anfordern.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Ein Kommentar darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Es gibt keine Spalte %1.</translation>
    </message>
    <message>
        <source>The disk is full: the board could not be saved and is unchanged.</source>
        <translation>Der Datenträger ist voll: Das Board konnte nicht gespeichert werden und ist unverändert.</translation>
    </message>
    <message>
        <source>The board is busy: another program has been writing to it for %1 s. Try again in a moment.</source>
        <translation>Das Board ist belegt: Ein anderes Programm schreibt seit %1 s darauf. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The board&apos;s file is damaged: %1</source>
        <translation>Die Datei des Boards ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The board could not be read or written: %1</source>
        <translation>Das Board konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 has no result yet: it is in %2, not in %3.</source>
        <translation>%1 hat noch kein Ergebnis: Sie steht in „%2“, nicht in „%3“.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Specified</source>
        <translation>Ausgearbeitet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorität geändert</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Claim rejected</source>
        <translation>Übernahme abgelehnt</translation>
    </message>
    <message>
        <source>Claim extended</source>
        <translation>Übernahme verlängert</translation>
    </message>
    <message>
        <source>Worker started</source>
        <translation>Worker gestartet</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Blockierung aufgehoben</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Zurückgeholt</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Prüfung angefordert</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Kommentiert</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Protokollverstoß</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Skipped: no assignee</source>
        <translation>Übersprungen: niemand zugewiesen</translation>
    </message>
    <message>
        <source>Skipped: no such profile</source>
        <translation>Übersprungen: kein solches Profil</translation>
    </message>
    <message>
        <source>Profile paused</source>
        <translation>Profil pausiert</translation>
    </message>
    <message>
        <source>Profile resumed</source>
        <translation>Profil fortgesetzt</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>a user</source>
        <comment>the default author when no name is known</comment>
        <translation>einem Benutzer</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when a task was created (&apos;5 min ago&apos; or a date) and by whom</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 ist erledigt.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist blockiert.</translation>
    </message>
    <message>
        <source>%1 failed too often: the dispatcher gave up on it.</source>
        <translation>%1 ist zu oft fehlgeschlagen: Der Dispatcher hat aufgegeben.</translation>
    </message>
    <message>
        <source>The worker of %1 crashed.</source>
        <translation>Der Worker von %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 ran out of time.</source>
        <translation>%1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>%1 is ready for review.</source>
        <translation>%1 ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lowercase letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation>%1 ist kein gültiger Name: Verwenden Sie Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>MoveConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo move of %1 to %2</source>
        <translation>Verschieben von %1 nach %2 rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo move of %n card(s) to %1</source>
        <translation>
            <numerusform>Verschieben von %n Karte nach %1 rückgängig machen</numerusform>
            <numerusform>Verschieben von %n Karten nach %1 rückgängig machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1?</source>
        <translation>%1 abschließen?</translation>
    </message>
    <message>
        <source>Done tasks release their children. A worker still running on them is stopped.</source>
        <translation>Erledigte Aufgaben geben ihre Nachfolger frei. Ein noch laufender Worker wird beendet.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation>Ergebnis (optional)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was erledigt wurde</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <source>Blocked tasks wait for a person to unblock them.</source>
        <translation>Blockierte Aufgaben warten, bis ein Mensch sie freigibt.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why it cannot go on</source>
        <translation>Warum es nicht weitergeht</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archivieren?</translation>
    </message>
    <message>
        <source>Archived tasks leave the board (View → Show archived brings them back). A running worker is stopped.</source>
        <translation>Archivierte Aufgaben verlassen das Board (Ansicht → Archivierte zeigen holt sie zurück). Ein laufender Worker wird beendet.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Move cancelled</source>
        <translation>Verschieben abgebrochen</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (Ctrl+Z undoes)</source>
        <translation>%1 nach %2 verschoben (Strg+Z macht es rückgängig)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1 (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n Karte nach %1 verschoben (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%n Karten nach %1 verschoben (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has moved on since (now %2)</source>
        <translation>%1 wurde inzwischen weiterbewegt (jetzt %2)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>%1 was running; only the dispatcher can start it again</source>
        <translation>%1 lief; nur der Dispatcher kann sie wieder starten</translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s)</source>
        <translation>
            <numerusform>Verschieben von %n Karte rückgängig gemacht</numerusform>
            <numerusform>Verschieben von %n Karten rückgängig gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <source>Send %1 back?</source>
        <translation>%1 zurückgeben?</translation>
    </message>
    <message>
        <source>The work goes back to its assignee with your reason as a comment.</source>
        <translation>Die Arbeit geht mit Ihrer Begründung als Kommentar an den Zuständigen zurück.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Was sich ändern muss</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Diese Aufgabe existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n Karte verschoben (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%n Karten verschoben (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRefusalText</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Diese Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Es gibt keine Spalte %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: only the dispatcher starts tasks.</source>
        <translation>%1 kann nicht nach „%2“ verschoben werden: Nur der Dispatcher startet Aufgaben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: it waits on %3. Finish or unlink them first.</source>
        <translation>%1 kann nicht nach „%2“ verschoben werden: Sie wartet auf %3. Schließen Sie diese zuerst ab oder lösen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot be completed from %2.</source>
        <translation>%1 kann nicht aus „%2“ heraus abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be blocked from %2: only ready or running tasks can.</source>
        <translation>%1 kann nicht aus „%2“ heraus blockiert werden: Nur bereite oder laufende Aufgaben können das.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 now uses its idempotency key.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2 verwendet jetzt ihren Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>%1 is being reviewed: its reviewer approves it or sends it back.</source>
        <translation>%1 wird gerade geprüft: Ihr Prüfer gibt sie frei oder gibt sie zurück.</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Neues Board</translation>
    </message>
    <message>
        <source>Boards are separate: their own tasks, logs and workspaces.</source>
        <translation>Boards sind getrennt: eigene Aufgaben, Protokolle und Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>e.g. side-project</source>
        <translation>z. B. nebenprojekt</translation>
    </message>
    <message>
        <source>Board &amp;name:</source>
        <translation>&amp;Name des Boards:</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Name des Boards</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The board will be called %1.</source>
        <translation>Das Board wird %1 heißen.</translation>
    </message>
    <message>
        <source>There is a board called %1 already.</source>
        <translation>Es gibt bereits ein Board namens %1.</translation>
    </message>
    <message numerus="yes">
        <source>A board name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Board-Name hat höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Board-Name hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A board name has no capital letters.</source>
        <translation>Ein Board-Name enthält keine Großbuchstaben.</translation>
    </message>
    <message>
        <source>A board name has no spaces.</source>
        <translation>Ein Board-Name enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>A board name starts with a letter or a digit.</source>
        <translation>Ein Board-Name beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A board name uses only lowercase letters, digits, - and _.</source>
        <translation>Ein Board-Name besteht nur aus Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Worker profiles</source>
        <translation>Worker-Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>e.g. writer</source>
        <translation>z. B. writer</translation>
    </message>
    <message>
        <source>my-agent --task {task} --workspace {workspace}</source>
        <translation>mein-agent --task {task} --workspace {workspace}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>SCHLÜSSEL=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>Placeholders: {task} {run} {workspace} {profile} {board} {db}. The command runs without a shell, in the task&apos;s workspace.</source>
        <translation>Platzhalter: {task} {run} {workspace} {profile} {board} {db}. Der Befehl läuft ohne Shell im Arbeitsbereich der Aufgabe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;At most running:</source>
        <translation>&amp;Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>At most running</source>
        <translation>Höchstens gleichzeitig</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Environment lines look like KEY=value: %1</source>
        <translation>Umgebungszeilen haben die Form SCHLÜSSEL=Wert: %1</translation>
    </message>
    <message>
        <source>Without a command, tasks of this profile wait in Ready.</source>
        <translation>Ohne Befehl warten die Aufgaben dieses Profils in „Bereit“.</translation>
    </message>
    <message>
        <source>✔ The command can start.</source>
        <translation>✔ Der Befehl kann starten.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Nicht gespeichertes Profil</translation>
    </message>
    <message>
        <source>The profile in the form is not saved.</source>
        <translation>Das Profil im Formular ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile %1 has changes that are not saved.</source>
        <translation>Das Profil %1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>qkanban</source>
        <translation>qkanban</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Taken back by hand: %1</source>
        <translation>Von Hand zurückgeholt: %1</translation>
    </message>
    <message>
        <source>The worker stopped answering after %1.</source>
        <translation>Der Worker antwortete nach %1 nicht mehr.</translation>
    </message>
    <message>
        <source>The worker never answered after it started.</source>
        <translation>Der Worker hat nach dem Start nie geantwortet.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Last sign of life %1</source>
        <translation>Letztes Lebenszeichen: %1</translation>
    </message>
    <message>
        <source>Handed back %1</source>
        <translation>Zurückgegeben: %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation>Dis&amp;patcher</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the dispatcher looks for ready tasks (it also looks within a second of any change)</source>
        <translation>Wie oft der Dispatcher nach bereiten Aufgaben sucht (nach jeder Änderung sucht er zusätzlich innerhalb einer Sekunde)</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>Workers running at once on this computer, all profiles together</source>
        <translation>Gleichzeitig laufende Worker auf diesem Computer, alle Profile zusammen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Workers of one profile running at once (a profile&apos;s own limit wins)</source>
        <translation>Gleichzeitig laufende Worker eines Profils (das eigene Limit eines Profils hat Vorrang)</translation>
    </message>
    <message>
        <source>Failed attempts before a task gives up</source>
        <translation>Fehlgeschlagene Versuche, bevor eine Aufgabe aufgegeben wird</translation>
    </message>
    <message>
        <source>How long a claim holds without its worker renewing it</source>
        <translation>Wie lange eine Übernahme gilt, ohne dass ihr Worker sie erneuert</translation>
    </message>
    <message>
        <source>A worker silent this long is stopped</source>
        <translation>Ein Worker, der so lange schweigt, wird beendet</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Prüfen a&amp;lle:</translation>
    </message>
    <message>
        <source>At most &amp;running:</source>
        <translation>&amp;Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <source>At most running per &amp;profile:</source>
        <translation>Höchstens gleichzeitig je P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;Give up after failures:</source>
        <translation>&amp;Aufgeben nach Fehlschlägen:</translation>
    </message>
    <message>
        <source>&amp;Claim expires after:</source>
        <translation>Übernahme läuft ab &amp;nach:</translation>
    </message>
    <message>
        <source>Stop a &amp;silent worker after:</source>
        <translation>&amp;Stummen Worker beenden nach:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Start qkanban in the tray when I log in</source>
        <translation>qkanban beim Anmelden im Systembereich starten</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Show a desktop notification when any task of the board:</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn eine Aufgabe des Boards:</translation>
    </message>
    <message>
        <source>completes</source>
        <translation>abgeschlossen wird</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert wird</translation>
    </message>
    <message>
        <source>gives up</source>
        <translation>aufgegeben wird</translation>
    </message>
    <message>
        <source>crashes</source>
        <translation>abstürzt</translation>
    </message>
    <message>
        <source>&amp;WIP limits</source>
        <translation>&amp;WIP-Limits</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Tasks created with &quot;Notify me&quot; tell you about all four, whatever is chosen here.</source>
        <translation>Aufgaben, die mit „Benachrichtigen“ erstellt wurden, melden alle vier Ereignisse, unabhängig von dieser Auswahl.</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — qkanban</source>
        <translation>Tastenkürzel — qkanban</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>On the board, the arrow keys move between cards and columns, Enter opens the selected card and Esc closes it.</source>
        <translation>Auf dem Board wechseln die Pfeiltasten zwischen Karten und Spalten, die Eingabetaste öffnet die ausgewählte Karte und Esc schließt sie.</translation>
    </message>
</context>
<context>
    <name>StatsChartsPanel</name>
    <message>
        <source>Lead and cycle time &amp;of:</source>
        <translation>Durchlauf- und Bearbeitungszeit &amp;von:</translation>
    </message>
    <message>
        <source>Show the time distributions of all tasks, one assignee or one profile</source>
        <translation>Zeigt die Zeitverteilungen aller Aufgaben, eines Zuständigen oder eines Profils</translation>
    </message>
    <message>
        <source>Cumulative flow chart</source>
        <translation>Diagramm des kumulativen Flusses</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Lead time histogram</source>
        <translation>Histogramm der Durchlaufzeit</translation>
    </message>
    <message>
        <source>Cycle time histogram</source>
        <translation>Histogramm der Bearbeitungszeit</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Assignee %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Board statistics</source>
        <translation>Board-Statistik</translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation>Karten nach Status</translation>
    </message>
    <message>
        <source>Cards by assignee</source>
        <translation>Karten nach Zuständigem</translation>
    </message>
    <message>
        <source>Oldest ready task</source>
        <translation>Älteste bereite Aufgabe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 — %2, ready for %3</source>
        <translation>%1 — %2, bereit seit %3</translation>
    </message>
    <message>
        <source>No task is ready.</source>
        <translation>Keine Aufgabe ist bereit.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>The days the charts show</source>
        <translation>Der Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Rough ideas land here</source>
        <translation>Grobe Ideen landen hier</translation>
    </message>
    <message>
        <source>Nothing waiting for a worker</source>
        <translation>Nichts wartet auf einen Worker</translation>
    </message>
    <message>
        <source>No worker is running</source>
        <translation>Kein Worker läuft</translation>
    </message>
    <message>
        <source>Nothing is blocked</source>
        <translation>Nichts ist blockiert</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Keine Karten</translation>
    </message>
</context>
<context>
    <name>TaskDrawer</name>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the task details</source>
        <translation>Aufgabendetails schließen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move this task to another column</source>
        <translation>Diese Aufgabe in eine andere Spalte verschieben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation>Das Profil, das der Dispatcher startet, wenn die Aufgabe zur Prüfung geht; leer: eine Person prüft</translation>
    </message>
    <message>
        <source>Retry:</source>
        <translation>Neuer Versuch:</translation>
    </message>
    <message>
        <source>at %1 (in %2)</source>
        <translation>um %1 (in %2)</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>Notify me when it is done, blocked or fails</source>
        <translation>wenn sie erledigt, blockiert oder gescheitert ist</translation>
    </message>
    <message>
        <source>A desktop notification when this task finishes, blocks, gives up or its worker crashes</source>
        <translation>Eine Desktop-Benachrichtigung, wenn diese Aufgabe fertig wird, blockiert, aufgegeben wird oder ihr Worker abstürzt</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <source>Ran for</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>“%1” now waits for “%2”</source>
        <translation>„%1“ wartet jetzt auf „%2“</translation>
    </message>
    <message>
        <source>“%1” no longer waits for “%2”</source>
        <translation>„%1“ wartet nicht mehr auf „%2“</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>Wartet:</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>TickReport</name>
    <message>
        <source>The dispatcher failed: %1</source>
        <translation>Der Dispatcher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>the dispatcher is paused</source>
        <translation>der Dispatcher ist pausiert</translation>
    </message>
    <message>
        <source>Nothing to start</source>
        <translation>Nichts zu starten</translation>
    </message>
    <message>
        <source>1 waits for profile %2</source>
        <translation>1 wartet auf Profil %2</translation>
    </message>
    <message>
        <source>%1 wait for profile %2</source>
        <translation>%1 warten auf Profil %2</translation>
    </message>
    <message>
        <source>1 waits for an assignee</source>
        <translation>1 wartet auf einen Zuständigen</translation>
    </message>
    <message>
        <source>%1 wait for an assignee</source>
        <translation>%1 warten auf einen Zuständigen</translation>
    </message>
    <message>
        <source>1 waits for the cap</source>
        <translation>1 wartet wegen der Obergrenze</translation>
    </message>
    <message>
        <source>%1 wait for the cap</source>
        <translation>%1 warten wegen der Obergrenze</translation>
    </message>
    <message>
        <source>1 retries later</source>
        <translation>1 versucht es später erneut</translation>
    </message>
    <message>
        <source>%1 retry later</source>
        <translation>%1 versuchen es später erneut</translation>
    </message>
</context>
<context>
    <name>TimeHistogram</name>
    <message>
        <source>0–1h</source>
        <translation>0–1 h</translation>
    </message>
    <message>
        <source>1–4h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–12h</source>
        <translation>4–12 h</translation>
    </message>
    <message>
        <source>½–1d</source>
        <translation>½–1 T.</translation>
    </message>
    <message>
        <source>1–2d</source>
        <translation>1–2 T.</translation>
    </message>
    <message>
        <source>2–4d</source>
        <translation>2–4 T.</translation>
    </message>
    <message>
        <source>4–7d</source>
        <translation>4–7 T.</translation>
    </message>
    <message>
        <source>1–2w</source>
        <translation>1–2 Wo.</translation>
    </message>
    <message>
        <source>&gt;2w</source>
        <translation>&gt;2 Wo.</translation>
    </message>
    <message>
        <source>no task completed</source>
        <translation>keine Aufgabe erledigt</translation>
    </message>
    <message>
        <source>p50 %1 · p85 %2 · p95 %3</source>
        <translation>p50 %1 · p85 %2 · p95 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Task title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels</source>
        <translation>Eingabe speichert, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>Open board</source>
        <translation>Board öffnen</translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation>Jetzt verteilen</translation>
    </message>
    <message>
        <source>Resume dispatcher</source>
        <translation>Dispatcher fortsetzen</translation>
    </message>
    <message>
        <source>Pause dispatcher</source>
        <translation>Dispatcher pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>qkanban: %1</source>
        <translation>qkanban: %1</translation>
    </message>
    <message>
        <source>%1 running · %2 ready · %3 blocked</source>
        <translation>%1 laufen · %2 bereit · %3 blockiert</translation>
    </message>
    <message>
        <source>qkanban keeps running here and dispatching tasks. Open the board or quit from this icon&apos;s menu; Ctrl+Q in the window quits too.</source>
        <translation>qkanban läuft hier weiter und verteilt Aufgaben. Öffnen Sie das Board oder beenden Sie das Programm über das Menü dieses Symbols; Strg+Q im Fenster beendet es ebenfalls.</translation>
    </message>
    <message>
        <source>dispatching</source>
        <translation>verteilt</translation>
    </message>
    <message>
        <source>dispatched elsewhere</source>
        <translation>wird anderswo verteilt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>wird nicht verteilt</translation>
    </message>
    <message>
        <source>%1: %2 running · %3 ready · %4</source>
        <translation>%1: %2 laufen · %3 bereit · %4</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>Waiting on %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation>Neuer Versuch ab %1</translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation>Niemand zugewiesen</translation>
    </message>
    <message>
        <source>No profile named %1</source>
        <translation>Kein Profil namens %1</translation>
    </message>
    <message>
        <source>Command of %1 is missing</source>
        <translation>Befehl von %1 fehlt</translation>
    </message>
    <message>
        <source>Profile %1 is paused</source>
        <translation>Profil %1 ist pausiert</translation>
    </message>
    <message>
        <source>Dispatcher is paused</source>
        <translation>Dispatcher ist pausiert</translation>
    </message>
    <message>
        <source>Cap of %1 running reached</source>
        <translation>Obergrenze von %1 laufenden erreicht</translation>
    </message>
    <message>
        <source>%1 runs its cap of %2</source>
        <translation>%1 am Limit von %2</translation>
    </message>
</context>
<context>
    <name>WipLimitsController</name>
    <message>
        <source>%1 is over its WIP limit (%2 / %3)</source>
        <translation>„%1“ liegt über dem WIP-Limit (%2 / %3)</translation>
    </message>
    <message>
        <source>WIP limit of %1</source>
        <translation>WIP-Limit von „%1“</translation>
    </message>
    <message>
        <source>Most cards in %1 at once (0: no limit):</source>
        <translation>Höchstzahl gleichzeitiger Karten in „%1“ (0: keine Grenze):</translation>
    </message>
    <message>
        <source>Could not save the WIP limit: %1</source>
        <translation>Das WIP-Limit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>WIP limit of %1 set to %2</source>
        <translation>WIP-Limit von „%1“ auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Cleared the WIP limit of %1</source>
        <translation>WIP-Limit von „%1“ entfernt</translation>
    </message>
</context>
<context>
    <name>WipLimitsPage</name>
    <message>
        <source>The most cards a column should hold at once. A column over its limit is marked on the board, and moves into it warn. A limit on Running also caps how many workers the dispatcher starts.</source>
        <translation>Die Höchstzahl an Karten, die eine Spalte gleichzeitig enthalten sollte. Eine Spalte über ihrem Limit wird auf dem Board markiert, und Verschiebungen in sie lösen eine Warnung aus. Ein Limit für „Läuft“ begrenzt auch, wie viele Worker der Dispatcher startet.</translation>
    </message>
    <message>
        <source>Limits of its own for board %1</source>
        <translation>Eigene Limits für das Board %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0: keine Grenze</translation>
    </message>
</context>
</TS>

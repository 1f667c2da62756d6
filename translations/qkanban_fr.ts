<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardColumn</name>
    <message>
        <source>%1 cards</source>
        <translation>Cartes de %1</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <source>Cards per status: %1</source>
        <translation>Cartes par statut : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Dispatcher alive, last tick %1</source>
        <translation>Répartiteur actif, dernier passage %1</translation>
    </message>
    <message>
        <source>Dispatcher alive</source>
        <translation>Répartiteur actif</translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation>Répartiteur en pause</translation>
    </message>
    <message>
        <source>Dispatcher error: %1</source>
        <translation>Erreur du répartiteur : %1</translation>
    </message>
    <message>
        <source>No dispatcher running</source>
        <translation>Aucun répartiteur actif</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <source>Board toolbar</source>
        <translation>Barre d’outils du tableau</translation>
    </message>
    <message>
        <source>Switch board</source>
        <translation>Changer de tableau</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Filter cards  ( / )</source>
        <translation>Filtrer les cartes  ( / )</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Filter by title, id, assignee, tenant or text (press / to focus)</source>
        <translation>Filtrer par titre, identifiant, responsable, client ou texte (touche /)</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>Show the cards of one assignee</source>
        <translation>Afficher les cartes d’un responsable</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Filtre par client</translation>
    </message>
    <message>
        <source>Show the cards of one tenant</source>
        <translation>Afficher les cartes d’un client</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <source>All assignees</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nouveau tableau…</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the description (markdown)</source>
        <translation>Modifier la description (Markdown)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation>Description (Markdown)</translation>
    </message>
    <message>
        <source>Showing the first %1 KB of %2 KB. Edit shows the whole text.</source>
        <translation>Affichage des %1 premiers Ko sur %2 Ko. « Modifier » montre le texte entier.</translation>
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
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n</source>
        <translation>
            <numerusform>attend %n tâche</numerusform>
            <numerusform>attend %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>Attend %n tâche parente inachevée</numerusform>
            <numerusform>Attend %n tâches parentes inachevées</numerusform>
        </translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Created %1 ago</source>
        <translation>Créée il y a %1</translation>
    </message>
    <message>
        <source>Getting stale</source>
        <translation>Commence à dater</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>En souffrance</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>relecture : %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Relecteur : %1</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation>nouvel essai dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s); the next attempt starts in %1</source>
        <translation>
            <numerusform>%n échec ; le prochain essai commence dans %1</numerusform>
            <numerusform>%n échecs ; le prochain essai commence dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The next attempt starts in %1</source>
        <translation>Le prochain essai commence dans %1</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <source>%1 column, %n card(s)</source>
        <translation>
            <numerusform>Colonne %1, %n carte</numerusform>
            <numerusform>Colonne %1, %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>New task in %1</source>
        <translation>Nouvelle tâche dans %1</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Run a command, e.g.  create &quot;Write the notes&quot; --assignee alice</source>
        <translation>Lancer une commande, p. ex.  create &quot;Rédiger les notes&quot; --assignee alice</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Sortie de la commande</translation>
    </message>
    <message>
        <source>The headless verbs: list, show, create, assign, link, comment, complete, block, stats… “help” lists them. Esc closes.</source>
        <translation>Les commandes en ligne : list, show, create, assign, link, comment, complete, block, stats… « help » les énumère. Échap ferme.</translation>
    </message>
    <message>
        <source>The command bar is not connected to the verb table.</source>
        <translation>La barre de commande n’est pas reliée à la table des commandes.</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Post the comment (Enter)</source>
        <translation>Publier le commentaire (Entrée)</translation>
    </message>
    <message>
        <source>Add a comment… (Enter posts, Shift+Enter for a new line)</source>
        <translation>Ajouter un commentaire… (Entrée publie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaire.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 comments</source>
        <translation>Les %1 commentaires les plus récents sur %2</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Details, in markdown (optional)</source>
        <translation>Détails en Markdown (facultatif)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>Higher runs first</source>
        <translation>La plus haute passe en premier</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Scratch folder</source>
        <translation>Dossier temporaire</translation>
    </message>
    <message>
        <source>Git worktree</source>
        <translation>Worktree Git</translation>
    </message>
    <message>
        <source>Existing folder</source>
        <translation>Dossier existant</translation>
    </message>
    <message>
        <source>Absolute path</source>
        <translation>Chemin absolu</translation>
    </message>
    <message>
        <source>Park in Triage (rough idea, not ready to start)</source>
        <translation>Mettre en tri (idée brute, pas prête à démarrer)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Te&amp;nant:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Pa&amp;rent:</source>
        <translation>Tâche &amp;parente :</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace path</source>
        <translation>Chemin de l’espace de travail</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation>Le profil que le répartiteur lance quand la tâche passe en relecture ; vide : une personne relit</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Re&amp;lecteur :</translation>
    </message>
</context>
<context>
    <name>DependencyChip</name>
    <message>
        <source>%1 — %2 (%3)
Click to open</source>
        <translation>%1 — %2 (%3)
Cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>Open %1: %2 (%3)</source>
        <translation>Ouvrir %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Supprimer ce lien</translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation>Supprimer le lien vers %1</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source>Parents</source>
        <translation>Parentes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Add parent</source>
        <translation>Ajouter une parente</translation>
    </message>
    <message>
        <source>This task waits for the parent to be done</source>
        <translation>Cette tâche attend que la parente soit terminée</translation>
    </message>
    <message>
        <source>Add a parent task</source>
        <translation>Ajouter une tâche parente</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <source>The child waits for this task to be done</source>
        <translation>L’enfant attend que cette tâche soit terminée</translation>
    </message>
    <message>
        <source>Add a child task</source>
        <translation>Ajouter une tâche enfant</translation>
    </message>
    <message>
        <source>Parent id or title, then Enter</source>
        <translation>Identifiant ou titre de la parente, puis Entrée</translation>
    </message>
    <message>
        <source>New parent</source>
        <translation>Nouvelle parente</translation>
    </message>
    <message>
        <source>Child id or title, then Enter</source>
        <translation>Identifiant ou titre de l’enfant, puis Entrée</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Nouvel enfant</translation>
    </message>
</context>
<context>
    <name>DispatcherPill</name>
    <message>
        <source>Dispatcher · %1</source>
        <translation>Répartiteur · %1</translation>
    </message>
    <message>
        <source>Dispatcher · starting</source>
        <translation>Répartiteur · démarrage</translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation>Répartiteur en pause</translation>
    </message>
    <message>
        <source>Dispatcher error</source>
        <translation>Erreur du répartiteur</translation>
    </message>
    <message>
        <source>No dispatcher</source>
        <translation>Aucun répartiteur</translation>
    </message>
    <message>
        <source>runs in this program&apos;s tray icon</source>
        <translation>tourne dans l’icône de ce programme, dans la zone de notification</translation>
    </message>
    <message>
        <source>runs in this window</source>
        <translation>tourne dans cette fenêtre</translation>
    </message>
    <message>
        <source>runs as a daemon (pid %1 on %2)</source>
        <translation>tourne en service (pid %1 sur %2)</translation>
    </message>
    <message>
        <source>runs in another process (pid %1 on %2)</source>
        <translation>tourne dans un autre processus (pid %1 sur %2)</translation>
    </message>
    <message>
        <source>Last tick: %1</source>
        <translation>Dernier passage : %1</translation>
    </message>
    <message>
        <source>Last tick: not yet</source>
        <translation>Dernier passage : pas encore</translation>
    </message>
    <message>
        <source>Ready tasks are not started until a dispatcher runs.</source>
        <translation>Les tâches prêtes ne démarrent pas tant qu’aucun répartiteur ne tourne.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) paused</source>
        <translation>
            <numerusform>%n profil en pause</numerusform>
            <numerusform>%n profils en pause</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 is paused: %2. Resume it with: qkanban --headless profiles resume %1</source>
        <translation>Le profil %1 est en pause : %2. Reprise avec : qkanban --headless profiles resume %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No system tray here: the dispatcher runs in this window, and closing the window stops it.</source>
        <translation>Pas de zone de notification : le répartiteur tourne dans cette fenêtre, et la fermer l’arrête.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>“%1” is not part of the guide in this build.</source>
        <translation>« %1 » ne fait pas partie du guide dans cette version.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Suivant (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (%1)</source>
        <translation>Première page du guide (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>User Guide — qkanban</source>
        <translation>Guide de l’utilisateur — qkanban</translation>
    </message>
    <message>
        <source>%1 — qkanban User Guide</source>
        <translation>%1 — Guide de l’utilisateur de qkanban</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Worker log</source>
        <translation>Journal du worker</translation>
    </message>
    <message>
        <source>Paused: scroll to the end to follow the log</source>
        <translation>En pause : défiler jusqu’à la fin pour suivre le journal</translation>
    </message>
    <message>
        <source>No log yet. It appears when a worker runs: %1</source>
        <translation>Pas encore de journal. Il apparaît quand un worker tourne : %1</translation>
    </message>
    <message>
        <source>Showing the last %1 of %2: %3</source>
        <translation>Les derniers %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — qkanban</source>
        <translation>%1 — qkanban</translation>
    </message>
    <message>
        <source>Dispatching…</source>
        <translation>Répartition…</translation>
    </message>
    <message>
        <source>About qkanban</source>
        <translation>À propos de qkanban</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation>&amp;Répartiteur</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>New &amp;board…</source>
        <translation>Nouveau &amp;tableau…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter cards</source>
        <translation>&amp;Filtrer les cartes</translation>
    </message>
    <message>
        <source>&amp;Command bar…</source>
        <translation>&amp;Barre de commande…</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archives</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <source>&amp;Previous column</source>
        <translation>Colonne &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next column</source>
        <translation>Colonne &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Dispatch now</source>
        <translation>&amp;Répartir maintenant</translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation>Répartir maintenant</translation>
    </message>
    <message>
        <source>P&amp;ause dispatcher</source>
        <translation>&amp;Mettre le répartiteur en pause</translation>
    </message>
    <message>
        <source>Dispatcher &amp;status…</source>
        <translation>&amp;État du répartiteur…</translation>
    </message>
    <message>
        <source>&amp;About qkanban</source>
        <translation>À &amp;propos de qkanban</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <source>Select a card to archive</source>
        <translation>Sélectionnez une carte à archiver</translation>
    </message>
    <message>
        <source>Select a card to move</source>
        <translation>Sélectionnez une carte à déplacer</translation>
    </message>
    <message>
        <source>Switched to board %1</source>
        <translation>Tableau %1 ouvert</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Boards are separate: their own tasks, logs and workspaces.</source>
        <translation>Les tableaux sont séparés : leurs propres tâches, journaux et espaces de travail.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Board name (lowercase letters, digits, - and _)</source>
        <translation>Nom du tableau (minuscules, chiffres, - et _)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;qkanban %1&lt;/h3&gt;&lt;p&gt;A kanban board on which people and AI agent workers coordinate.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Board: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;qkanban %1&lt;/h3&gt;&lt;p&gt;Un tableau kanban où personnes et agents IA se coordonnent.&lt;/p&gt;&lt;p&gt;Licence : MIT&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Tableau : %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>&amp;Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Create a task (%1)</source>
        <translation>Créer une tâche (%1)</translation>
    </message>
    <message>
        <source>Start ready tasks now (%1)</source>
        <translation>Lancer maintenant les tâches prêtes (%1)</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>The task %1 no longer exists.</source>
        <translation>La tâche %1 n’existe plus.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche a besoin d’un titre.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to Running: the dispatcher starts ready tasks itself.</source>
        <translation>%1 ne peut pas être déplacée vers « En cours » : le répartiteur lance lui-même les tâches prêtes.</translation>
    </message>
    <message>
        <source>%1 cannot be marked done while it is in %2.</source>
        <translation>%1 ne peut pas être marquée terminée tant qu’elle est dans « %2 ».</translation>
    </message>
    <message>
        <source>%1 cannot be blocked while it is in %2.</source>
        <translation>%1 ne peut pas être bloquée tant qu’elle est dans « %2 ».</translation>
    </message>
    <message>
        <source>%1 cannot be ready yet: it waits on %2.</source>
        <translation>%1 ne peut pas encore être prête : elle attend %2.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: another task (%2) now uses its idempotency key.</source>
        <translation>%1 ne peut pas être restaurée : une autre tâche (%2) utilise désormais sa clé d’idempotence.</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3.</source>
        <translation>%1 est dans « %2 », pas dans « %3 ».</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Une tâche ne peut pas dépendre d’elle-même.</translation>
    </message>
    <message>
        <source>These tasks no longer exist: %1.</source>
        <translation>Ces tâches n’existent plus : %1.</translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: the two would wait on each other.</source>
        <translation>%1 ne peut pas devenir parente de %2 : les deux s’attendraient mutuellement.</translation>
    </message>
    <message>
        <source>%1 cannot become a parent of %2: %2 is already running.</source>
        <translation>%1 ne peut pas devenir parente de %2 : %2 est déjà en cours.</translation>
    </message>
    <message>
        <source>%1 is being reviewed: approve it or request changes.</source>
        <translation>%1 est en relecture : approuvez-la ou demandez des modifications.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Veuillez indiquer une raison.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Il n’y a pas de colonne %1.</translation>
    </message>
    <message>
        <source>The disk is full: the board could not be saved and is unchanged.</source>
        <translation>Le disque est plein : le tableau n’a pas pu être enregistré et reste inchangé.</translation>
    </message>
    <message>
        <source>The board is busy: another program has been writing to it for %1 s. Try again in a moment.</source>
        <translation>Le tableau est occupé : un autre programme y écrit depuis %1 s. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The board&apos;s file is damaged: %1</source>
        <translation>Le fichier du tableau est endommagé : %1</translation>
    </message>
    <message>
        <source>The board could not be read or written: %1</source>
        <translation>Le tableau n’a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <source>%1 has no result yet: it is in %2, not in %3.</source>
        <translation>%1 n’a pas encore de résultat : elle est dans « %2 », pas dans « %3 ».</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Non accepté : %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Specified</source>
        <translation>Précisée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorité modifiée</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liée</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Lien supprimé</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promue</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Claim rejected</source>
        <translation>Prise en charge refusée</translation>
    </message>
    <message>
        <source>Claim extended</source>
        <translation>Prise en charge prolongée</translation>
    </message>
    <message>
        <source>Worker started</source>
        <translation>Exécutant lancé</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Signal de vie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Débloquée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Relecture demandée</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Commentée</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Échec du lancement</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Plantage</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Violation du protocole</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Skipped: no assignee</source>
        <translation>Ignorée : personne n’est assigné</translation>
    </message>
    <message>
        <source>Skipped: no such profile</source>
        <translation>Ignorée : profil inexistant</translation>
    </message>
    <message>
        <source>Profile paused</source>
        <translation>Profil en pause</translation>
    </message>
    <message>
        <source>Profile resumed</source>
        <translation>Profil repris</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>une personne inconnue</translation>
    </message>
    <message>
        <source>a user</source>
        <comment>the default author when no name is known</comment>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when a task was created (&apos;5 min ago&apos; or a date) and by whom</comment>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 est terminée.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 est bloquée.</translation>
    </message>
    <message>
        <source>%1 failed too often: the dispatcher gave up on it.</source>
        <translation>%1 a échoué trop souvent : le répartiteur y a renoncé.</translation>
    </message>
    <message>
        <source>The worker of %1 crashed.</source>
        <translation>L’exécutant de %1 a planté.</translation>
    </message>
    <message>
        <source>%1 ran out of time.</source>
        <translation>%1 a dépassé son délai.</translation>
    </message>
    <message>
        <source>%1 is ready for review.</source>
        <translation>%1 est prête pour la relecture.</translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lowercase letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation>%1 n’est pas un nom valide : utilisez des lettres minuscules, des chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo move of %1 to %2</source>
        <translation>Annuler le déplacement de %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Undo move of %n card(s) to %1</source>
        <translation>
            <numerusform>Annuler le déplacement de %n carte vers %1</numerusform>
            <numerusform>Annuler le déplacement de %n cartes vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1?</source>
        <translation>Terminer %1 ?</translation>
    </message>
    <message>
        <source>Done tasks release their children. A worker still running on them is stopped.</source>
        <translation>Les tâches terminées libèrent leurs enfants. Un worker encore actif est arrêté.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation>Résultat (facultatif)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>Bloquer %1 ?</translation>
    </message>
    <message>
        <source>Blocked tasks wait for a person to unblock them.</source>
        <translation>Les tâches bloquées attendent qu’une personne les débloque.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Why it cannot go on</source>
        <translation>Pourquoi cela ne peut pas continuer</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>Archiver %1 ?</translation>
    </message>
    <message>
        <source>Archived tasks leave the board (View → Show archived brings them back). A running worker is stopped.</source>
        <translation>Les tâches archivées quittent le tableau (Affichage → Afficher les archives les fait revenir). Un worker actif est arrêté.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>No such task: %1</source>
        <translation>Tâche inconnue : %1</translation>
    </message>
    <message>
        <source>Move cancelled</source>
        <translation>Déplacement annulé</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (Ctrl+Z undoes)</source>
        <translation>%1 déplacée vers %2 (Ctrl+Z annule)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1 (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n carte déplacée vers %1 (Ctrl+Z annule)</numerusform>
            <numerusform>%n cartes déplacées vers %1 (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has moved on since (now %2)</source>
        <translation>%1 a changé depuis (maintenant %2)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>%1 was running; only the dispatcher can start it again</source>
        <translation>%1 était en cours ; seul le répartiteur peut la relancer</translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s)</source>
        <translation>
            <numerusform>Déplacement de %n carte annulé</numerusform>
            <numerusform>Déplacement de %n cartes annulé</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Impossible d’annuler : %1</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Worker profiles</source>
        <translation>Profils de workers</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>e.g. writer</source>
        <translation>p. ex. writer</translation>
    </message>
    <message>
        <source>my-agent --task {task} --workspace {workspace}</source>
        <translation>mon-agent --task {task} --workspace {workspace}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>CLÉ=valeur, une par ligne</translation>
    </message>
    <message>
        <source>Placeholders: {task} {run} {workspace} {profile} {board} {db}. The command runs without a shell, in the task&apos;s workspace.</source>
        <translation>Variables : {task} {run} {workspace} {profile} {board} {db}. La commande tourne sans shell, dans l’espace de travail de la tâche.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;At most running:</source>
        <translation>&amp;Au plus en parallèle :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>At most running</source>
        <translation>Au plus en parallèle</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Environment lines look like KEY=value: %1</source>
        <translation>Les lignes d’environnement ont la forme CLÉ=valeur : %1</translation>
    </message>
    <message>
        <source>Without a command, tasks of this profile wait in Ready.</source>
        <translation>Sans commande, les tâches de ce profil attendent dans « Prêtes ».</translation>
    </message>
    <message>
        <source>✔ The command can start.</source>
        <translation>✔ La commande peut démarrer.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
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
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — qkanban</source>
        <translation>Raccourcis clavier — qkanban</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>On the board, the arrow keys move between cards and columns, Enter opens the selected card and Esc closes it.</source>
        <translation>Sur le tableau, les touches fléchées passent d’une carte et d’une colonne à l’autre, Entrée ouvre la carte sélectionnée et Échap la referme.</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Board statistics</source>
        <translation>Statistiques du tableau</translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation>Cartes par statut</translation>
    </message>
    <message>
        <source>Cards by assignee</source>
        <translation>Cartes par responsable</translation>
    </message>
    <message>
        <source>Oldest ready task</source>
        <translation>Plus ancienne tâche prête</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 — %2, ready for %3</source>
        <translation>%1 — %2, prête depuis %3</translation>
    </message>
    <message>
        <source>No task is ready.</source>
        <translation>Aucune tâche n’est prête.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêtes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>Rough ideas land here</source>
        <translation>Les idées brutes arrivent ici</translation>
    </message>
    <message>
        <source>Nothing waiting for a worker</source>
        <translation>Rien n’attend de worker</translation>
    </message>
    <message>
        <source>No worker is running</source>
        <translation>Aucun worker en cours</translation>
    </message>
    <message>
        <source>Nothing is blocked</source>
        <translation>Rien n’est bloqué</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à relire</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
</context>
<context>
    <name>TaskDrawer</name>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the task details</source>
        <translation>Fermer les détails de la tâche</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move this task to another column</source>
        <translation>Déplacer cette tâche dans une autre colonne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Linked %1 → %2</source>
        <translation>Lien %1 → %2 créé</translation>
    </message>
    <message>
        <source>Removed the link %1 → %2</source>
        <translation>Lien %1 → %2 supprimé</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Relecteur :</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>The profile the dispatcher starts when the task asks for review; empty: a person reviews</source>
        <translation>Le profil que le répartiteur lance quand la tâche passe en relecture ; vide : une personne relit</translation>
    </message>
    <message>
        <source>Retry:</source>
        <translation>Nouvel essai :</translation>
    </message>
    <message>
        <source>at %1 (in %2)</source>
        <translation>à %1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>Open board</source>
        <translation>Ouvrir le tableau</translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation>Répartir maintenant</translation>
    </message>
    <message>
        <source>Resume dispatcher</source>
        <translation>Reprendre le répartiteur</translation>
    </message>
    <message>
        <source>Pause dispatcher</source>
        <translation>Mettre le répartiteur en pause</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>qkanban: %1</source>
        <translation>qkanban : %1</translation>
    </message>
    <message>
        <source>%1 running · %2 ready · %3 blocked</source>
        <translation>%1 en cours · %2 prêtes · %3 bloquées</translation>
    </message>
</context>
</TS>

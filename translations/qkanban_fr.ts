<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n carte</numerusform>
            <numerusform>%1, %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n card(s) shown</source>
        <translation>
            <numerusform>%1, %2 sur %n carte affichée</numerusform>
            <numerusform>%1, %2 sur %n cartes affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEventFeed</name>
    <message>
        <source>Done: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Abandonnée : %1</translation>
    </message>
    <message>
        <source>Worker crashed: %1</source>
        <translation>Plantage du worker : %1</translation>
    </message>
    <message>
        <source>%1 (board %2)</source>
        <translation>%1 (tableau %2)</translation>
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
    <message>
        <source>Show the Archived column, at the right end of the board</source>
        <translation>Afficher la colonne « Archivées », à droite du tableau</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>What the card colours mean</source>
        <translation>Ce que signifient les couleurs des cartes</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>This board is empty. Press N to create your first task.</source>
        <translation>Ce tableau est vide. Appuyez sur N pour créer votre première tâche.</translation>
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
    <message>
        <source>In %1 for %2</source>
        <translation>Dans « %1 » depuis %2</translation>
    </message>
    <message>
        <source>Getting stale (amber border): waiting a while in this column</source>
        <translation>Commence à dater (bordure orange) : attend depuis un moment dans cette colonne</translation>
    </message>
    <message>
        <source>Stale (red border): waiting long in this column</source>
        <translation>En souffrance (bordure rouge) : attend depuis longtemps dans cette colonne</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message numerus="yes">
        <source>No card matches the filter — %n hidden</source>
        <translation>
            <numerusform>Aucune carte ne correspond au filtre — %n masquée</numerusform>
            <numerusform>Aucune carte ne correspond au filtre — %n masquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation>Modifier le &amp;titre</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l’identifiant</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribuée à %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>relue par %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting on %n unfinished parent(s)</source>
        <translation>
            <numerusform>attend %n tâche parente inachevée</numerusform>
            <numerusform>attend %n tâches parentes inachevées</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>prochain essai dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <source>in %1 for %2</source>
        <translation>dans « %1 » depuis %2</translation>
    </message>
    <message>
        <source>getting stale</source>
        <translation>commence à dater</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>en souffrance</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the cards show&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Amber border&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The task has waited a while in its column: running 10 minutes, ready or blocked 1 hour, todo 7 days.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Red border and glow&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stale: running 1 hour, ready or blocked 1 day, todo 30 days, counted from when the task entered the column.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Outer ring&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The selected card.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P1, P2, P3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Priority; higher numbers go first.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Coloured chip&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The assignee (one colour per name); &lt;i&gt;unassigned&lt;/i&gt; when nobody is.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;review: NAME&lt;/b&gt;&lt;/td&gt;&lt;td&gt;A profile reviews the result.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Clock&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time running, or the next attempt&apos;s countdown.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Waiting on N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Unfinished parents it waits for.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Ce que montrent les cartes&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bordure orange&lt;/b&gt;&lt;/td&gt;&lt;td&gt;La tâche attend depuis un moment dans sa colonne : en cours 10 minutes, prête ou bloquée 1 heure, à faire 7 jours.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bordure rouge et halo&lt;/b&gt;&lt;/td&gt;&lt;td&gt;En souffrance : en cours 1 heure, prête ou bloquée 1 jour, à faire 30 jours, à compter de l’entrée de la tâche dans la colonne.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Anneau extérieur&lt;/b&gt;&lt;/td&gt;&lt;td&gt;La carte sélectionnée.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P1, P2, P3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Priorité ; les nombres les plus élevés passent en premier.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pastille colorée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Le responsable (une couleur par nom) ; &lt;i&gt;non attribuée&lt;/i&gt; quand personne n’est responsable.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;relecture : NOM&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Un profil relit le résultat.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Horloge&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Temps d’exécution, ou compte à rebours jusqu’au prochain essai.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;attend N tâches&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tâches parentes inachevées qu’elle attend.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>attend %1</translation>
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
    <message>
        <source>Over the limit of %1</source>
        <translation>Au-delà de la limite de %1</translation>
    </message>
    <message>
        <source>Work-in-progress limit: %1</source>
        <translation>Limite de travail en cours : %1</translation>
    </message>
    <message>
        <source>%1 column menu</source>
        <translation>Menu de la colonne %1</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>Définir la limite WIP…</translation>
    </message>
    <message>
        <source>Clear limit</source>
        <translation>Supprimer la limite</translation>
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
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Noti&amp;fy me when it finishes, blocks or fails</source>
        <translation>M’a&amp;vertir quand elle se termine, se bloque ou échoue</translation>
    </message>
    <message>
        <source>A desktop notification when the task completes, blocks, gives up or crashes</source>
        <translation>Une notification sur le bureau quand la tâche se termine, se bloque, est abandonnée ou plante</translation>
    </message>
    <message>
        <source>Create the task (Ctrl+Enter)</source>
        <translation>Créer la tâche (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>CumulativeFlowChart</name>
    <message>
        <source>Cumulative flow</source>
        <translation>Flux cumulé</translation>
    </message>
    <message>
        <source>Cards in each column at the end of each day</source>
        <translation>Cartes par colonne à la fin de chaque jour</translation>
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
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <source>Last tick did: %1</source>
        <translation>Résultat du dernier passage : %1</translation>
    </message>
    <message>
        <source>Profile %1 is paused: %2.</source>
        <translation>Le profil %1 est en pause : %2.</translation>
    </message>
</context>
<context>
    <name>DispatcherWorker</name>
    <message>
        <source>Asked the dispatcher of process %1 to start ready tasks now</source>
        <translation>Demande envoyée au répartiteur du processus %1 : lancer maintenant les tâches prêtes</translation>
    </message>
</context>
<context>
    <name>EventSentence</name>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Délaissée</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Plantée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Broke the protocol</source>
        <translation>Protocole non respecté</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Envoyée en relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochain essai à %1.</translation>
    </message>
    <message>
        <source>Created, unassigned.</source>
        <translation>Créée, sans responsable.</translation>
    </message>
    <message>
        <source>Created in %1, unassigned.</source>
        <translation>Créée dans « %1 », sans responsable.</translation>
    </message>
    <message>
        <source>Created for %1.</source>
        <translation>Créée pour %1.</translation>
    </message>
    <message>
        <source>Created in %1 for %2.</source>
        <translation>Créée dans « %1 » pour %2.</translation>
    </message>
    <message>
        <source>Specified and moved to Todo.</source>
        <translation>Précisée et déplacée vers « À faire ».</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation>le relecteur</translation>
    </message>
    <message>
        <source>the skills</source>
        <translation>les compétences</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l’espace de travail</translation>
    </message>
    <message>
        <source>Edited.</source>
        <translation>Modifiée.</translation>
    </message>
    <message>
        <source>Edited %1.</source>
        <translation>Modifiée : %1.</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Responsable retiré.</translation>
    </message>
    <message>
        <source>Unassigned (was %1).</source>
        <translation>Responsable retiré (auparavant %1).</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Attribuée à %1.</translation>
    </message>
    <message>
        <source>Assigned to %1 (was %2).</source>
        <translation>Attribuée à %1 (auparavant %2).</translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation>Priorité fixée à %1.</translation>
    </message>
    <message>
        <source>Now waits for %1.</source>
        <translation>Attend désormais %1.</translation>
    </message>
    <message>
        <source>No longer waits for %1.</source>
        <translation>N’attend plus %1.</translation>
    </message>
    <message>
        <source>Moved to Ready by hand.</source>
        <translation>Déplacée à la main vers « Prêtes ».</translation>
    </message>
    <message>
        <source>Moved to Ready by hand: %1</source>
        <translation>Déplacée à la main vers « Prêtes » : %1</translation>
    </message>
    <message>
        <source>Ready: everything it waited for is done.</source>
        <translation>Prête : tout ce qu’elle attendait est terminé.</translation>
    </message>
    <message>
        <source>Back to %1: it now waits for %2.</source>
        <translation>Retour dans « %1 » : elle attend désormais %2.</translation>
    </message>
    <message>
        <source>Back to %1: %2 was reopened.</source>
        <translation>Retour dans « %1 » : %2 a été rouverte.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacée vers « %1 ».</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>Déplacée de « %1 » vers « %2 ».</translation>
    </message>
    <message>
        <source>A reviewer took it (claim until %1).</source>
        <translation>Un relecteur l’a prise en charge (jusqu’à %1).</translation>
    </message>
    <message>
        <source>A worker took it (claim until %1).</source>
        <translation>Un worker l’a prise en charge (jusqu’à %1).</translation>
    </message>
    <message>
        <source>Not started: it still waits for other tasks.</source>
        <translation>Non démarrée : elle attend encore d’autres tâches.</translation>
    </message>
    <message>
        <source>The worker is still alive; its claim now runs until %1.</source>
        <translation>Le worker est toujours actif ; sa prise en charge court désormais jusqu’à %1.</translation>
    </message>
    <message>
        <source>The worker started (process %1).</source>
        <translation>Le worker a démarré (processus %1).</translation>
    </message>
    <message>
        <source>The worker reported that it is alive.</source>
        <translation>Le worker a donné signe de vie.</translation>
    </message>
    <message>
        <source>The worker reported: %1</source>
        <translation>Le worker signale : %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminée.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Bloquée.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <source>Unblocked, back to %1.</source>
        <translation>Débloquée, retour dans « %1 ».</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archivée.</translation>
    </message>
    <message>
        <source>Taken back from its worker by hand, back to %1.</source>
        <translation>Retirée à la main à son worker, retour dans « %1 ».</translation>
    </message>
    <message>
        <source>Taken back from its worker by hand (%1), back to %2.</source>
        <translation>Retirée à la main à son worker (%1), retour dans « %2 ».</translation>
    </message>
    <message>
        <source>The worker stopped answering (last sign of life at %1); the task went back to %2.</source>
        <translation>Le worker a cessé de répondre (dernier signe de vie à %1) ; la tâche est revenue dans « %2 ».</translation>
    </message>
    <message>
        <source>The worker stopped answering and its claim ran out at %1; the task went back to %2.</source>
        <translation>Le worker a cessé de répondre et sa prise en charge a expiré à %1 ; la tâche est revenue dans « %2 ».</translation>
    </message>
    <message>
        <source>Sent to review by a person.</source>
        <translation>Envoyée en relecture à une personne.</translation>
    </message>
    <message>
        <source>Sent to review by %1.</source>
        <translation>Envoyée en relecture à %1.</translation>
    </message>
    <message>
        <source>Changes requested: %1</source>
        <translation>Modifications demandées : %1</translation>
    </message>
    <message>
        <source>%1 requested changes: %2</source>
        <translation>%1 a demandé des modifications : %2</translation>
    </message>
    <message>
        <source>A comment was added.</source>
        <translation>Un commentaire a été ajouté.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 a commenté.</translation>
    </message>
    <message>
        <source>The worker hit a rate limit; it tries again at %1 (not counted as a failure).</source>
        <translation>Le worker a atteint une limite de débit ; il réessaie à %1 (non compté comme un échec).</translation>
    </message>
    <message>
        <source>The worker could not start</source>
        <translation>Le worker n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>The worker crashed</source>
        <translation>Le worker a planté</translation>
    </message>
    <message>
        <source>The worker ran out of time</source>
        <translation>Le worker a dépassé son délai</translation>
    </message>
    <message>
        <source>The worker ended without reporting a result</source>
        <translation>Le worker s’est arrêté sans signaler de résultat</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failure(s); the task is blocked.</source>
        <translation>
            <numerusform>Abandon après %n échec ; la tâche est bloquée.</numerusform>
            <numerusform>Abandon après %n échecs ; la tâche est bloquée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Not started: no one is assigned.</source>
        <translation>Non démarrée : personne n’est responsable.</translation>
    </message>
    <message>
        <source>Not started: its assignee has no worker profile.</source>
        <translation>Non démarrée : son responsable n’a pas de profil de worker.</translation>
    </message>
    <message>
        <source>Not started: there is no worker profile named %1.</source>
        <translation>Non démarrée : il n’y a pas de profil de worker nommé %1.</translation>
    </message>
    <message>
        <source>The profile %1 was paused.</source>
        <translation>Le profil %1 a été mis en pause.</translation>
    </message>
    <message>
        <source>The profile %1 was paused: %2</source>
        <translation>Le profil %1 a été mis en pause : %2</translation>
    </message>
    <message>
        <source>The profile %1 was resumed.</source>
        <translation>Le profil %1 a repris.</translation>
    </message>
    <message>
        <source>Event: %1.</source>
        <translation>Événement : %1.</translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2 (%3)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Edit title</source>
        <translation>Modifier le &amp;titre</translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation>Renommée en « %1 »</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Responsable retiré</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Resume profile %1</source>
        <translation>Reprendre le profil %1</translation>
    </message>
    <message>
        <source>Resumed profile %1</source>
        <translation>Profil %1 repris</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
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
    <message>
        <source>Send %1 back?</source>
        <translation>Renvoyer %1 ?</translation>
    </message>
    <message>
        <source>The work goes back to its assignee with your reason as a comment.</source>
        <translation>Le travail retourne à son responsable, avec votre raison en commentaire.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Ce qui doit changer</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n carte déplacée (Ctrl+Z annule)</numerusform>
            <numerusform>%n cartes déplacées (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRefusalText</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Il n’y a pas de colonne %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: only the dispatcher starts tasks.</source>
        <translation>%1 ne peut pas être déplacée vers « %2 » : seul le répartiteur lance les tâches.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: it waits on %3. Finish or unlink them first.</source>
        <translation>%1 ne peut pas être déplacée vers « %2 » : elle attend %3. Terminez-les ou supprimez les liens d’abord.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot be completed from %2.</source>
        <translation>%1 ne peut pas être terminée depuis « %2 ».</translation>
    </message>
    <message>
        <source>%1 cannot be blocked from %2: only ready or running tasks can.</source>
        <translation>%1 ne peut pas être bloquée depuis « %2 » : seules les tâches prêtes ou en cours peuvent l’être.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 now uses its idempotency key.</source>
        <translation>%1 ne peut pas être restaurée : %2 utilise désormais sa clé d’idempotence.</translation>
    </message>
    <message>
        <source>%1 is being reviewed: its reviewer approves it or sends it back.</source>
        <translation>%1 est en relecture : son relecteur l’approuve ou la renvoie.</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Boards are separate: their own tasks, logs and workspaces.</source>
        <translation>Les tableaux sont séparés : leurs propres tâches, journaux et espaces de travail.</translation>
    </message>
    <message>
        <source>e.g. side-project</source>
        <translation>p. ex. projet-perso</translation>
    </message>
    <message>
        <source>Board &amp;name:</source>
        <translation>&amp;Nom du tableau :</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Nom du tableau</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _.</source>
        <translation>Minuscules, chiffres, - et _.</translation>
    </message>
    <message>
        <source>The board will be called %1.</source>
        <translation>Le tableau s’appellera %1.</translation>
    </message>
    <message>
        <source>There is a board called %1 already.</source>
        <translation>Il existe déjà un tableau nommé %1.</translation>
    </message>
    <message numerus="yes">
        <source>A board name has at most %n characters.</source>
        <translation>
            <numerusform>Un nom de tableau compte au plus %n caractère.</numerusform>
            <numerusform>Un nom de tableau compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A board name has no capital letters.</source>
        <translation>Un nom de tableau ne contient pas de majuscules.</translation>
    </message>
    <message>
        <source>A board name has no spaces.</source>
        <translation>Un nom de tableau ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>A board name starts with a letter or a digit.</source>
        <translation>Un nom de tableau commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A board name uses only lowercase letters, digits, - and _.</source>
        <translation>Un nom de tableau n’utilise que des minuscules, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Utiliser « %1 »</translation>
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
    <message>
        <source>Unsaved profile</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>The profile in the form is not saved.</source>
        <translation>Le profil du formulaire n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The profile %1 has changes that are not saved.</source>
        <translation>Le profil %1 a des modifications non enregistrées.</translation>
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
    <name>RunText</name>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Taken back by hand: %1</source>
        <translation>Reprise à la main : %1</translation>
    </message>
    <message>
        <source>The worker stopped answering after %1.</source>
        <translation>Le worker a cessé de répondre après %1.</translation>
    </message>
    <message>
        <source>The worker never answered after it started.</source>
        <translation>Le worker n’a jamais répondu après son démarrage.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Last sign of life %1</source>
        <translation>Dernier signe de vie : %1</translation>
    </message>
    <message>
        <source>Handed back %1</source>
        <translation>Rendue : %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Fin : %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Dispatcher</source>
        <translation>&amp;Répartiteur</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the dispatcher looks for ready tasks (it also looks within a second of any change)</source>
        <translation>Fréquence à laquelle le répartiteur cherche des tâches prêtes (il cherche aussi dans la seconde qui suit tout changement)</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message>
        <source>Workers running at once on this computer, all profiles together</source>
        <translation>Workers en cours en même temps sur cet ordinateur, tous profils confondus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Workers of one profile running at once (a profile&apos;s own limit wins)</source>
        <translation>Workers d’un même profil en cours en même temps (la limite propre d’un profil l’emporte)</translation>
    </message>
    <message>
        <source>Failed attempts before a task gives up</source>
        <translation>Essais échoués avant qu’une tâche soit abandonnée</translation>
    </message>
    <message>
        <source>How long a claim holds without its worker renewing it</source>
        <translation>Durée de validité d’une prise en charge que son worker ne renouvelle pas</translation>
    </message>
    <message>
        <source>A worker silent this long is stopped</source>
        <translation>Un worker silencieux aussi longtemps est arrêté</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Vérifier &amp;toutes les :</translation>
    </message>
    <message>
        <source>At most &amp;running:</source>
        <translation>Au &amp;plus en parallèle :</translation>
    </message>
    <message>
        <source>At most running per &amp;profile:</source>
        <translation>Au plus en parallèle par pro&amp;fil :</translation>
    </message>
    <message>
        <source>&amp;Give up after failures:</source>
        <translation>A&amp;bandonner après échecs :</translation>
    </message>
    <message>
        <source>&amp;Claim expires after:</source>
        <translation>La prise en charge e&amp;xpire après :</translation>
    </message>
    <message>
        <source>Stop a &amp;silent worker after:</source>
        <translation>Arrêter un worker &amp;silencieux après :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Start qkanban in the tray when I log in</source>
        <translation>Lancer qkanban dans la zone de notification à l’ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Show a desktop notification when any task of the board:</source>
        <translation>Afficher une notification sur le bureau quand une tâche du tableau :</translation>
    </message>
    <message>
        <source>completes</source>
        <translation>se termine</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>se bloque</translation>
    </message>
    <message>
        <source>gives up</source>
        <translation>est abandonnée</translation>
    </message>
    <message>
        <source>crashes</source>
        <translation>plante</translation>
    </message>
    <message>
        <source>&amp;WIP limits</source>
        <translation>&amp;Limites WIP</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Impossible d’enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session : %1</translation>
    </message>
    <message>
        <source>Tasks created with &quot;Notify me&quot; tell you about all four, whatever is chosen here.</source>
        <translation>Les tâches créées avec « M’avertir » signalent les quatre, quel que soit le choix fait ici.</translation>
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
    <name>StatsChartsPanel</name>
    <message>
        <source>Lead and cycle time &amp;of:</source>
        <translation>Délai et temps de cycle &amp;de :</translation>
    </message>
    <message>
        <source>Show the time distributions of all tasks, one assignee or one profile</source>
        <translation>Affiche les distributions de temps de toutes les tâches, d’un responsable ou d’un profil</translation>
    </message>
    <message>
        <source>Cumulative flow chart</source>
        <translation>Graphique du flux cumulé</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Lead time histogram</source>
        <translation>Histogramme du délai de livraison</translation>
    </message>
    <message>
        <source>Cycle time histogram</source>
        <translation>Histogramme du temps de cycle</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non assignée)</translation>
    </message>
    <message>
        <source>Assignee %1</source>
        <translation>Responsable %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
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
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>The days the charts show</source>
        <translation>La période des graphiques</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non assignée)</translation>
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
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n’existe plus</translation>
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
    <message>
        <source>Notify:</source>
        <translation>Avertir :</translation>
    </message>
    <message>
        <source>Notify me when it is done, blocked or fails</source>
        <translation>quand elle est terminée, bloquée ou échoue</translation>
    </message>
    <message>
        <source>A desktop notification when this task finishes, blocks, gives up or its worker crashes</source>
        <translation>Une notification sur le bureau quand cette tâche se termine, se bloque, est abandonnée ou que son worker plante</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>Ran for</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>“%1” now waits for “%2”</source>
        <translation>« %1 » attend désormais « %2 »</translation>
    </message>
    <message>
        <source>“%1” no longer waits for “%2”</source>
        <translation>« %1 » n’attend plus « %2 »</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>En attente :</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
</context>
<context>
    <name>TickReport</name>
    <message>
        <source>The dispatcher failed: %1</source>
        <translation>Le répartiteur a échoué : %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Lancées : %1</translation>
    </message>
    <message>
        <source>the dispatcher is paused</source>
        <translation>le répartiteur est en pause</translation>
    </message>
    <message>
        <source>Nothing to start</source>
        <translation>Rien à lancer</translation>
    </message>
    <message>
        <source>1 waits for profile %2</source>
        <translation>1 attend le profil %2</translation>
    </message>
    <message>
        <source>%1 wait for profile %2</source>
        <translation>%1 attendent le profil %2</translation>
    </message>
    <message>
        <source>1 waits for an assignee</source>
        <translation>1 attend un responsable</translation>
    </message>
    <message>
        <source>%1 wait for an assignee</source>
        <translation>%1 attendent un responsable</translation>
    </message>
    <message>
        <source>1 waits for the cap</source>
        <translation>1 attend à cause du plafond</translation>
    </message>
    <message>
        <source>%1 wait for the cap</source>
        <translation>%1 attendent à cause du plafond</translation>
    </message>
    <message>
        <source>1 retries later</source>
        <translation>1 réessaiera plus tard</translation>
    </message>
    <message>
        <source>%1 retry later</source>
        <translation>%1 réessaieront plus tard</translation>
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
        <translation>½–1 j</translation>
    </message>
    <message>
        <source>1–2d</source>
        <translation>1–2 j</translation>
    </message>
    <message>
        <source>2–4d</source>
        <translation>2–4 j</translation>
    </message>
    <message>
        <source>4–7d</source>
        <translation>4–7 j</translation>
    </message>
    <message>
        <source>1–2w</source>
        <translation>1–2 sem.</translation>
    </message>
    <message>
        <source>&gt;2w</source>
        <translation>&gt;2 sem.</translation>
    </message>
    <message>
        <source>no task completed</source>
        <translation>aucune tâche terminée</translation>
    </message>
    <message>
        <source>p50 %1 · p85 %2 · p95 %3</source>
        <translation>p50 %1 · p85 %2 · p95 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels</source>
        <translation>Entrée enregistre, Échap annule</translation>
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
    <message>
        <source>qkanban keeps running here and dispatching tasks. Open the board or quit from this icon&apos;s menu; Ctrl+Q in the window quits too.</source>
        <translation>qkanban continue de tourner ici et de répartir les tâches. Ouvrez le tableau ou quittez depuis le menu de cette icône ; Ctrl+Q dans la fenêtre quitte aussi.</translation>
    </message>
    <message>
        <source>dispatching</source>
        <translation>répartit</translation>
    </message>
    <message>
        <source>dispatched elsewhere</source>
        <translation>réparti ailleurs</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>non réparti</translation>
    </message>
    <message>
        <source>%1: %2 running · %3 ready · %4</source>
        <translation>%1 : %2 en cours · %3 prêtes · %4</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>Waiting on %1</source>
        <translation>Attend %1</translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation>Nouvel essai après %1</translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>No profile named %1</source>
        <translation>Aucun profil nommé %1</translation>
    </message>
    <message>
        <source>Command of %1 is missing</source>
        <translation>Commande de %1 manquante</translation>
    </message>
    <message>
        <source>Profile %1 is paused</source>
        <translation>Profil %1 en pause</translation>
    </message>
    <message>
        <source>Dispatcher is paused</source>
        <translation>Répartiteur en pause</translation>
    </message>
    <message>
        <source>Cap of %1 running reached</source>
        <translation>Plafond de %1 en cours atteint</translation>
    </message>
    <message>
        <source>%1 runs its cap of %2</source>
        <translation>%1 au plafond de %2</translation>
    </message>
</context>
<context>
    <name>WipLimitsController</name>
    <message>
        <source>%1 is over its WIP limit (%2 / %3)</source>
        <translation>« %1 » dépasse sa limite WIP (%2 / %3)</translation>
    </message>
    <message>
        <source>WIP limit of %1</source>
        <translation>Limite WIP de « %1 »</translation>
    </message>
    <message>
        <source>Most cards in %1 at once (0: no limit):</source>
        <translation>Nombre maximal de cartes à la fois dans « %1 » (0 : sans limite) :</translation>
    </message>
    <message>
        <source>Could not save the WIP limit: %1</source>
        <translation>Impossible d’enregistrer la limite WIP : %1</translation>
    </message>
    <message>
        <source>WIP limit of %1 set to %2</source>
        <translation>Limite WIP de « %1 » fixée à %2</translation>
    </message>
    <message>
        <source>Cleared the WIP limit of %1</source>
        <translation>Limite WIP de « %1 » supprimée</translation>
    </message>
</context>
<context>
    <name>WipLimitsPage</name>
    <message>
        <source>The most cards a column should hold at once. A column over its limit is marked on the board, and moves into it warn. A limit on Running also caps how many workers the dispatcher starts.</source>
        <translation>Le nombre maximal de cartes qu’une colonne devrait contenir à la fois. Une colonne au-delà de sa limite est signalée sur le tableau, et les déplacements vers elle déclenchent un avertissement. Une limite sur « En cours » plafonne aussi le nombre de workers que le répartiteur lance.</translation>
    </message>
    <message>
        <source>Limits of its own for board %1</source>
        <translation>Limites propres au tableau %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0 : sans limite</translation>
    </message>
</context>
</TS>

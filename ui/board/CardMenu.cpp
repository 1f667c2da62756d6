#include "ui/board/CardMenu.h"

#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/board/StatusText.h"
#include "ui/style/Icons.h"

#include <QActionGroup>

CardMenu::CardMenu(const QString &id, const QString &status, const QString &assignee,
                   const QStringList &assignees, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("cardMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
    connect(add("cardMenuOpen", tr("&Open"), QKeySequence(Qt::Key_Return)), &QAction::triggered,
            this, [this, id] { emit openRequested(id); });
    connect(add("cardMenuEditTitle", tr("&Edit title"), QKeySequence(Qt::Key_F2)),
            &QAction::triggered, this, [this, id] { emit editTitleRequested(id); });
    addSeparator();

    QMenu *move = addMenu(tr("&Move to"));
    move->setObjectName(QStringLiteral("cardMenuMove"));
    for (const QString &s : StatusText::boardColumns()) {
        // Running is the dispatcher's to enter.
        if (s == status || s == TaskStatus::Running)
            continue;
        QAction *a = move->addAction(StatusText::name(s));
        a->setObjectName(QStringLiteral("cardMenuMoveTo_") + s);
        connect(a, &QAction::triggered, this, [this, s] { emit moveRequested(s); });
    }

    QMenu *assign = addMenu(tr("&Assign to"));
    assign->setObjectName(QStringLiteral("cardMenuAssign"));
    auto *group = new QActionGroup(assign);
    auto addAssignee = [&](const QString &name, const QString &text) {
        QAction *a = assign->addAction(text);
        a->setObjectName(QStringLiteral("cardMenuAssign_") + name);
        a->setCheckable(true);
        a->setChecked(name == assignee);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id, name] { emit assignRequested(id, name); });
    };
    addAssignee(QString(), tr("Nobody"));
    assign->addSeparator();
    QStringList names = assignees;
    if (!assignee.isEmpty() && !names.contains(assignee))
        names << assignee;
    for (const QString &n : std::as_const(names))
        addAssignee(n, VisibleText::oneLine(n));
    assign->setEnabled(status != TaskStatus::Running);

    connect(add("cardMenuCopyId", tr("&Copy id")), &QAction::triggered, this,
            [this, id] { emit copyIdRequested(id); });
    addSeparator();
    QAction *archive = add("cardMenuArchive", tr("A&rchive"), QKeySequence(Qt::Key_Delete));
    archive->setIcon(Icons::get(QStringLiteral("archive")));
    archive->setEnabled(status != TaskStatus::Archived);
    connect(archive, &QAction::triggered, this, &CardMenu::archiveRequested);
}

QAction *CardMenu::add(const char *name, const QString &text, const QKeySequence &key)
{
    QAction *a = addAction(text);
    a->setObjectName(QLatin1String(name));
    // Shown as a hint; the view's keys do the work.
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetShortcut);
    return a;
}

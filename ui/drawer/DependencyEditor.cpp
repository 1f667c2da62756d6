#include "ui/drawer/DependencyEditor.h"

#include "ui/drawer/DependencyChip.h"
#include "ui/drawer/FlowLayout.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QToolButton>

namespace {
constexpr int kChipRowHeight = 26; // a chip's height: the row labels centre on it
} // namespace

DependencyEditor::DependencyEditor(QWidget *parent)
    : QWidget(parent), m_addParent(new QToolButton(this)), m_addChild(new QToolButton(this)),
      m_parentEdit(new QLineEdit(this)), m_childEdit(new QLineEdit(this)),
      m_parentLabel(new QLabel(this)), m_childLabel(new QLabel(this)),
      m_candidates(new QStringListModel(this))
{
    setObjectName(QStringLiteral("dependencyEditor"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    auto makeRow = [&](int row, QLabel *label, QToolButton *add, QLineEdit *edit,
                       const QString &name) {
        auto *box = new QWidget(this);
        box->setObjectName(name + QStringLiteral("Chips"));
        auto *flow = new FlowLayout(box, 6);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setMinimumHeight(kChipRowHeight);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, Theme::mutedText(palette()));
        label->setPalette(pal);
        add->setObjectName(QStringLiteral("add_") + name);
        add->setIcon(Icons::get(QStringLiteral("add")));
        add->setIconSize(QSize(12, 12));
        add->setAutoRaise(true);
        add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        add->setCursor(Qt::PointingHandCursor);
        edit->setObjectName(QStringLiteral("add") + name.left(1).toUpper() + name.mid(1) +
                            QStringLiteral("Edit"));
        edit->setVisible(false);
        edit->setClearButtonEnabled(true);
        auto *completer = new QCompleter(m_candidates, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        // The add button under the chips, in the same column for parents
        // and children, so both line up.
        auto *addRow = new QHBoxLayout;
        addRow->setContentsMargins(0, 0, 0, 0);
        addRow->setSpacing(6);
        addRow->addWidget(add);
        addRow->addWidget(edit, 1);
        addRow->addStretch(0);
        grid->addWidget(label, row * 2, 0, Qt::AlignTop);
        grid->addWidget(box, row * 2, 1);
        grid->addLayout(addRow, row * 2 + 1, 1, Qt::AlignLeft);
        connect(add, &QToolButton::clicked, this, [edit] {
            edit->setVisible(true);
            edit->setFocus();
        });
        edit->installEventFilter(this);
        return flow;
    };
    m_parentChips = makeRow(0, m_parentLabel, m_addParent, m_parentEdit, QStringLiteral("parent"));
    m_childChips = makeRow(1, m_childLabel, m_addChild, m_childEdit, QStringLiteral("child"));
    grid->setColumnStretch(1, 1);
    connect(m_parentEdit, &QLineEdit::returnPressed, this, [this] { submit(m_parentEdit, true); });
    connect(m_childEdit, &QLineEdit::returnPressed, this, [this] { submit(m_childEdit, false); });
    retranslate();
}

void DependencyEditor::retranslate()
{
    m_parentLabel->setText(tr("Parents"));
    m_childLabel->setText(tr("Children"));
    m_addParent->setText(tr("Add parent"));
    m_addParent->setToolTip(tr("This task waits for the parent to be done"));
    m_addParent->setAccessibleName(tr("Add a parent task"));
    m_addChild->setText(tr("Add child"));
    m_addChild->setToolTip(tr("The child waits for this task to be done"));
    m_addChild->setAccessibleName(tr("Add a child task"));
    m_parentEdit->setPlaceholderText(tr("Parent id or title, then Enter"));
    m_parentEdit->setAccessibleName(tr("New parent"));
    m_childEdit->setPlaceholderText(tr("Child id or title, then Enter"));
    m_childEdit->setAccessibleName(tr("New child"));
    for (QLabel *none :
         findChildren<QLabel *>(QRegularExpression(QStringLiteral("^no(Parents|Children)$"))))
        none->setText(tr("none"));
}

QString DependencyEditor::signature(const QList<BoardQueries::TaskRef> &refs)
{
    QString sig;
    for (const auto &r : refs)
        sig += r.id + r.status + r.title + QLatin1Char('\n');
    return sig;
}

void DependencyEditor::setTask(const QString &id, const QList<BoardQueries::TaskRef> &parents,
                               const QList<BoardQueries::TaskRef> &children)
{
    // Another task: nothing of the one before survives (chips, add fields).
    const bool other = id != m_id;
    if (other) {
        m_parentEdit->clear();
        m_parentEdit->hide();
        m_childEdit->clear();
        m_childEdit->hide();
    }
    m_id = id;
    // A task is never its own parent or child.
    auto others = [&id](QList<BoardQueries::TaskRef> refs) {
        refs.removeIf([&id](const BoardQueries::TaskRef &r) { return r.id == id; });
        return refs;
    };
    const QList<BoardQueries::TaskRef> ps = others(parents);
    const QList<BoardQueries::TaskRef> cs = others(children);
    const QString psig = signature(ps);
    const QString csig = signature(cs);
    if (other || psig != m_parentSig)
        fill(m_parentChips, ps, true);
    if (other || csig != m_childSig)
        fill(m_childChips, cs, false);
    m_parentSig = psig;
    m_childSig = csig;
}

QStringList DependencyEditor::chipIds(bool parents) const
{
    QStringList ids;
    FlowLayout *layout = parents ? m_parentChips : m_childChips;
    for (int i = 0; i < layout->count(); ++i)
        if (auto *chip = qobject_cast<DependencyChip *>(layout->itemAt(i)->widget()))
            ids << chip->taskId();
    return ids;
}

void DependencyEditor::fill(FlowLayout *layout, const QList<BoardQueries::TaskRef> &refs,
                            bool parents)
{
    // Rebuilt from scratch: the chips (or the "none" placeholder) go at once.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const auto &r : refs) {
        auto *chip = new DependencyChip(r.id, r.title, r.status, layout->parentWidget());
        connect(chip, &DependencyChip::openRequested, this, &DependencyEditor::openRequested);
        // The × removes the link it was drawn for (this task and that one).
        connect(chip, &DependencyChip::unlinkRequested, this,
                [this, parents, owner = m_id](const QString &other) {
                    if (owner != m_id)
                        return;
                    if (parents)
                        emit unlinkRequested(other, owner);
                    else
                        emit unlinkRequested(owner, other);
                });
        layout->addWidget(chip);
        chip->show();
    }
    if (refs.isEmpty()) {
        auto *none = new QLabel(tr("none"), layout->parentWidget());
        none->setObjectName(parents ? QStringLiteral("noParents") : QStringLiteral("noChildren"));
        none->setMinimumHeight(kChipRowHeight);
        QPalette pal = none->palette();
        pal.setColor(QPalette::WindowText, Theme::mutedText(palette()));
        none->setPalette(pal);
        layout->addWidget(none);
        none->show();
    }
    layout->invalidate();
    updateGeometry();
}

void DependencyEditor::setCandidates(const QStringList &entries)
{
    m_candidates->setStringList(entries);
}

void DependencyEditor::submit(QLineEdit *edit, bool parent)
{
    static const QRegularExpression idRe(QStringLiteral("\\bt_[0-9a-f]{8}\\b"));
    const QString text = edit->text().trimmed();
    QString other = idRe.match(text).captured(0);
    if (other.isEmpty()) {
        // A title: take the first candidate that contains it.
        for (const QString &c : m_candidates->stringList()) {
            if (c.contains(text, Qt::CaseInsensitive)) {
                other = idRe.match(c).captured(0);
                break;
            }
        }
    }
    if (other.isEmpty())
        other = text;
    if (other.isEmpty())
        return;
    edit->clear();
    edit->hide();
    if (parent)
        emit linkRequested(other, m_id);
    else
        emit linkRequested(m_id, other);
}

bool DependencyEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in an add field closes it (and not the drawer).
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (edit && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if (edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        edit->clear();
        edit->hide();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

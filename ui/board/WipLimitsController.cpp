#include "ui/board/WipLimitsController.h"

#include "dispatcher/WipLimits.h"
#include "model/BoardPaths.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "ui/board/BoardColumn.h"
#include "ui/board/BoardView.h"
#include "ui/board/ColumnHeader.h"
#include "ui/board/StatusText.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QTimer>

WipLimitsController::WipLimitsController(BoardView *board, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_board(board), m_dialogParent(dialogParent),
      m_watcher(new QFileSystemWatcher(this)), m_debounce(new QTimer(this))
{
    // An editor saves by replacing the file: watch its folder too.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &WipLimitsController::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce,
            qOverload<>(&QTimer::start));
}

void WipLimitsController::setBoardSlug(const QString &slug)
{
    m_slug = slug;
    attach();
}

void WipLimitsController::watch()
{
    const QString path = BoardPaths::configPath();
    const QString dir = QFileInfo(path).absolutePath();
    QDir().mkpath(dir); // so that a config written later is seen
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    if (QFileInfo(dir).isDir() && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

void WipLimitsController::reload()
{
    watch();
    m_limits = WipLimits::read(m_slug);
    for (BoardColumn *c : m_board->columns()) {
        // No limits on archived cards.
        const bool limitable = c->status() != TaskStatus::Archived;
        c->header()->setLimit(limitable ? m_limits.value(c->status()) : 0);
    }
}

void WipLimitsController::attach()
{
    for (BoardColumn *c : m_board->columns()) {
        ColumnHeader *h = c->header();
        const QString status = c->status();
        disconnect(h, nullptr, this, nullptr);
        connect(h, &ColumnHeader::setLimitRequested, this, [this, status] { askLimit(status); });
        connect(h, &ColumnHeader::clearLimitRequested, this,
                [this, status] { setLimit(status, 0); });
    }
    reload();
    m_lastTotals = totals();
    m_totalsOf = m_board->model();
}

QHash<QString, int> WipLimitsController::totals() const
{
    const TaskTableModel *model = m_board->model();
    return model ? model->statusCounts() : QHash<QString, int>();
}

void WipLimitsController::checkCounts()
{
    const QHash<QString, int> now = totals();
    QStringList over;
    // Another board's counts are no growth.
    if (m_totalsOf && m_totalsOf == m_board->model()) {
        for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
            const int n = now.value(it.key());
            if (n > it.value() && n > m_lastTotals.value(it.key()))
                over << tr("%1 is over its WIP limit (%2 / %3)")
                            .arg(StatusText::name(it.key()))
                            .arg(n)
                            .arg(it.value());
        }
    }
    m_lastTotals = now;
    m_totalsOf = m_board->model();
    if (over.isEmpty())
        return;
    // After the move's own message, which is emitted once the refresh is done.
    const QString text = over.join(QStringLiteral("; "));
    QTimer::singleShot(0, this, [this, text] { emit warning(text); });
}

void WipLimitsController::askLimit(const QString &status)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("wipLimitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("WIP limit of %1").arg(StatusText::name(status)));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setLabelText(
        tr("Most cards in %1 at once (0: no limit):").arg(StatusText::name(status)));
    dialog->setIntRange(0, 999);
    const int current = m_limits.value(status);
    dialog->setIntValue(current > 0 ? current : qMax(1, totals().value(status)));
    connect(dialog, &QInputDialog::intValueSelected, this,
            [this, status](int value) { setLimit(status, value); });
    dialog->open();
}

void WipLimitsController::setLimit(const QString &status, int limit)
{
    QString error;
    if (!WipLimits::set(status, limit, m_slug, &error)) {
        emit warning(tr("Could not save the WIP limit: %1").arg(error));
        return;
    }
    reload();
    const QString name = StatusText::name(status);
    emit message(limit > 0 ? tr("WIP limit of %1 set to %2").arg(name).arg(limit)
                           : tr("Cleared the WIP limit of %1").arg(name));
}

#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class BoardView;
class QFileSystemWatcher;
class TaskTableModel;
class QTimer;
class QWidget;

// The board's WIP limits ([wip_limits] in the config, dispatcher/WipLimits):
// puts them on the column headers, re-reads them when the config file
// changes, runs the headers' "Set WIP limit…" and "Clear limit", and warns
// when a column grows past its limit (moves are allowed; the board warns).
class WipLimitsController : public QObject
{
    Q_OBJECT
public:
    WipLimitsController(BoardView *board, QWidget *dialogParent, QObject *parent = nullptr);

    // The board shown: its own [wip_limits.<slug>] section applies.
    void setBoardSlug(const QString &slug);
    QMap<QString, int> limits() const { return m_limits; }

public slots:
    // Re-reads the config and updates the headers.
    void reload();
    // After the board rebuilt its columns (a board switch).
    void attach();
    // After a refresh: warns for each column that grew past its limit.
    void checkCounts();
    // "Set WIP limit…": a spin box dialog; its OK writes the config.
    void askLimit(const QString &status);
    void setLimit(const QString &status, int limit);

signals:
    void message(const QString &text);
    // Over a limit, or the config could not be written.
    void warning(const QString &text);

private:
    QHash<QString, int> totals() const;
    void watch();

    BoardView *m_board;
    QPointer<QWidget> m_dialogParent;
    QString m_slug;
    QMap<QString, int> m_limits;
    QHash<QString, int> m_lastTotals;
    const TaskTableModel *m_totalsOf = nullptr; // the model m_lastTotals counted
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
};

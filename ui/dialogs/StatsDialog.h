#pragma once

#include <QDialog>
#include <QPointer>

class BoardSession;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// Board statistics: cards per status (with bars), per assignee and
// status, and the oldest ready task (with a button to open it). It
// follows the board live.
class StatsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatsDialog(BoardSession *session, QWidget *parent = nullptr);

    void reload();
    QString oldestReadyText() const;
    int statusCount(const QString &status) const;

signals:
    void openTaskRequested(const QString &id);

private:
    QPointer<BoardSession> m_session;
    QGridLayout *m_statusGrid;
    QTableWidget *m_assignees;
    QLabel *m_oldest;
    QPushButton *m_openOldest;
    QString m_oldestId;
    QMap<QString, qint64> m_counts;
};

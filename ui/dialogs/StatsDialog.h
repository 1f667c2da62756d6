#pragma once

#include <QDialog>
#include <QPointer>

class BoardSession;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class StatsChartsPanel;

// Board statistics. Charts (the first tab): cumulative flow, throughput,
// lead and cycle time over a chosen period (7, 30 or 90 days). Counts:
// cards per status (with bars), per assignee and status (with a row for
// unassigned cards), and the oldest ready task (with a button to open it).
// It follows the board live.
class StatsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatsDialog(BoardSession *session, QWidget *parent = nullptr);

    void reload();
    QString oldestReadyText() const;
    int statusCount(const QString &status) const;
    int periodDays() const;
    StatsChartsPanel *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void openTaskRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCounts();
    void reloadCounts();
    void reloadCharts();

    QPointer<BoardSession> m_session;
    QComboBox *m_period;
    QTabWidget *m_tabs;
    QTimer *m_chartsLater; // board changes redraw the charts at most once a second
    StatsChartsPanel *m_charts;
    QGridLayout *m_statusGrid;
    QTableWidget *m_assignees;
    QLabel *m_oldest;
    QPushButton *m_openOldest;
    QString m_oldestId;
    QMap<QString, qint64> m_counts;
};

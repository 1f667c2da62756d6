#pragma once

#include "ui/tray/DispatcherHealth.h"

#include <QMap>
#include <QStatusBar>

class QLabel;
class QTimer;

// Counts per status, the database path (elided), the dispatcher's health
// and transient messages such as why a move was refused.
class BoardStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit BoardStatusBar(QWidget *parent = nullptr);

    void setCounts(const QMap<QString, int> &byStatus);
    void setDatabasePath(const QString &path);
    void setDispatcherHealth(const DispatcherHealth &status);
    // error: shown in red, and longer. One line, elided to the room there
    // is: a message never widens the window (the full text is the tooltip).
    void showNotice(const QString &text, bool error = false);
    QString notice() const;
    QString countsText() const;
    QString healthText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void elidePath();
    void elideNotice();

    QLabel *m_message;
    QLabel *m_counts;
    QLabel *m_path;
    QLabel *m_health;
    QTimer *m_clear;
    QString m_fullPath;
    QString m_fullNotice;
};

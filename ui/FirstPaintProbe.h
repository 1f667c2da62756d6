#pragma once

#include <QObject>

class QWidget;

// For the open benchmark (QKANBAN_BENCH_FIRST_PAINT): prints the time
// from process start to the first paint of the board's cards, and with
// the value "exit" quits right after.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool enabled();
    // Watches target (a card list's viewport) for its first paint.
    static void watch(QWidget *target);
    // Milliseconds since this process started (from /proc), or -1.
    static qint64 sinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};

#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs something right after a widget's first paint: the tray dispatcher
// starts once the board is on screen, and the open benchmark
// (QKANBAN_BENCH_FIRST_PAINT) reports the time from process start.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    // Calls fn once, after target's first paint has finished.
    static void after(QWidget *target, std::function<void()> fn);
    static bool benchmarkEnabled();
    // Prints "first-paint-ms: N"; with the value "exit" quits after.
    static void reportBenchmark();
    // Milliseconds since this process started (from /proc), or -1.
    static qint64 sinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaint(QObject *parent, std::function<void()> fn);

    std::function<void()> m_fn;
    bool m_done = false;
};

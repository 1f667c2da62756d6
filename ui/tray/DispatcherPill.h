#pragma once

#include "ui/tray/DispatcherHealth.h"

#include <QToolButton>

// The toolbar's dispatcher indicator: a green dot and the time of the
// last tick when alive, grey when paused, red when there is none or the
// last tick failed. Clicking it shows the details.
class DispatcherPill : public QToolButton
{
    Q_OBJECT
public:
    explicit DispatcherPill(QWidget *parent = nullptr);

    void setStatus(const DispatcherHealth &status);
    const DispatcherHealth &status() const { return m_status; }
    QString text() const;
    // Several lines for tooltips and the details popup.
    static QString details(const DispatcherHealth &status);
    static QString summary(const DispatcherHealth &status);
    // "coder paused" / "2 profiles paused"; "" when no profile is paused.
    static QString pausedText(const DispatcherHealth &status);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QString stateText(const DispatcherHealth &status);
    QColor dotColor() const;

    DispatcherHealth m_status;
};

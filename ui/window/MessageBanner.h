#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A refusal or an error in full, word-wrapped, over the top of the board:
// it never resizes the window (it is no part of any layout) and stays
// until the × (or Esc while it has focus) dismisses it or the next
// message replaces it.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent);

    void showMessage(const QString &text);
    QString text() const;
    void dismiss();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();

    QLabel *m_text;
    QToolButton *m_close;
};

#pragma once

#include <QLineEdit>

// The in-place editor of a card's title (F2 or a double-click on the
// title): Enter or leaving the field saves, Esc cancels. It only says what
// was typed (committed); the board saves it through the kernel.
class TitleEditor : public QLineEdit
{
    Q_OBJECT
public:
    TitleEditor(const QString &taskId, const QString &title, QWidget *parent = nullptr);

    QString taskId() const { return m_taskId; }
    void cancel();

signals:
    // The new title, trimmed, when it differs from the old one and is not empty.
    void committed(const QString &taskId, const QString &title);
    void finished();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commit();

    QString m_taskId;
    QString m_original;
    bool m_done = false;
};

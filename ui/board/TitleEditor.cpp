#include "ui/board/TitleEditor.h"

#include <QKeyEvent>

TitleEditor::TitleEditor(const QString &taskId, const QString &title, QWidget *parent)
    : QLineEdit(title, parent), m_taskId(taskId), m_original(title)
{
    setObjectName(QStringLiteral("cardTitleEditor"));
    setAccessibleName(tr("Task title"));
    setToolTip(tr("Enter saves, Esc cancels"));
    // All selected, the cursor at the start: a long title shows its
    // beginning, not its end.
    setSelection(int(title.size()), -int(title.size()));
}

void TitleEditor::cancel()
{
    if (m_done)
        return;
    m_done = true;
    emit finished();
}

void TitleEditor::commit()
{
    if (m_done)
        return;
    m_done = true;
    const QString title = text().trimmed();
    if (!title.isEmpty() && title != m_original.trimmed())
        emit committed(m_taskId, title);
    emit finished();
}

bool TitleEditor::event(QEvent *event)
{
    // Esc and Enter belong to the editor, not to the window's shortcuts
    // (Esc closes the drawer, Enter opens a card).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void TitleEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        cancel();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void TitleEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click elsewhere saves, as in a file manager; a popup (the input
    // method's, a tooltip) is not leaving.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        commit();
}

#pragma once

#include "ui/dialogs/PromptRequest.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// "Complete 2 tasks?", "Block t_ab12cd34?", "Archive …?": the question,
// an optional text (result or reason), Cancel and the action button.
class MoveConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MoveConfirmDialog(const PromptRequest &request, QWidget *parent = nullptr);
    QString text() const;

private:
    QLineEdit *m_field = nullptr;
    QPushButton *m_accept = nullptr;
};

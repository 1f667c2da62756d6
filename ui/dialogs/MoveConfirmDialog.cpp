#include "ui/dialogs/MoveConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MoveConfirmDialog::MoveConfirmDialog(const PromptRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("moveConfirmDialog"));
    setWindowTitle(request.title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);
    auto *heading = new QLabel(request.title, this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    layout->addWidget(heading);
    if (!request.text.isEmpty()) {
        auto *text = new QLabel(request.text, this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setMinimumWidth(360);
        layout->addWidget(text);
    }
    if (!request.fieldLabel.isEmpty()) {
        auto *label = new QLabel(request.fieldLabel, this);
        m_field = new QLineEdit(this);
        m_field->setObjectName(QStringLiteral("promptField"));
        m_field->setPlaceholderText(request.fieldPlaceholder);
        m_field->setAccessibleName(request.fieldLabel);
        label->setBuddy(m_field);
        layout->addWidget(label);
        layout->addWidget(m_field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(request.acceptText.isEmpty() ? tr("OK") : request.acceptText,
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("promptAccept"));
    m_accept->setDefault(true);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_field && request.fieldRequired) {
        m_accept->setEnabled(false);
        connect(m_field, &QLineEdit::textChanged, this,
                [this](const QString &t) { m_accept->setEnabled(!t.trimmed().isEmpty()); });
    }
}

QString MoveConfirmDialog::text() const
{
    return m_field ? m_field->text().trimmed() : QString();
}

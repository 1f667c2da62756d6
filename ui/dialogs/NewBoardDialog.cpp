#include "ui/dialogs/NewBoardDialog.h"

#include "model/BoardPaths.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
constexpr int kMaxLength = 64;
}

NewBoardDialog::NewBoardDialog(const QString &root, Creator create, QWidget *parent)
    : QDialog(parent), m_root(root), m_createBoard(std::move(create)), m_name(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_suggest(new QPushButton(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newBoardDialog"));
    setWindowTitle(tr("New board"));
    setFixedWidth(qMax(460, fontMetrics().averageCharWidth() * 64));
    auto *intro =
        new QLabel(tr("Boards are separate: their own tasks, logs and workspaces."), this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("newBoardName"));
    m_name->setPlaceholderText(tr("e.g. side-project"));
    m_name->setMaxLength(kMaxLength + 32);
    m_hint->setObjectName(QStringLiteral("newBoardHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_suggest->setObjectName(QStringLiteral("newBoardSuggest"));
    m_suggest->setAutoDefault(false);
    m_suggest->hide();
    m_error->setObjectName(QStringLiteral("newBoardError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Theme::red());
    m_error->setPalette(red);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Board &name:"), m_name);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_suggest, 0, Qt::AlignTop);
    form->addRow(QString(), hintRow);
    m_name->setAccessibleName(tr("Board name"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newBoardCreate"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewBoardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewBoardDialog::validate);
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        m_name->setText(m_suggestion);
        m_name->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
    m_name->setFocus();
}

QString NewBoardDialog::slug() const
{
    return m_name->text().trimmed();
}

QString NewBoardDialog::hintText() const
{
    return m_hint->text();
}

QString NewBoardDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString NewBoardDialog::suggestion(const QString &text)
{
    QString s = text.trimmed().toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]+"));
    s.replace(other, QStringLiteral("-"));
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    s.replace(dashes, QStringLiteral("-"));
    while (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('_')))
        s.remove(0, 1);
    s = s.left(kMaxLength);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return BoardPaths::isValidSlug(s) ? s : QString();
}

void NewBoardDialog::validate()
{
    m_error->hide();
    const QString name = slug();
    m_suggestion.clear();
    QString hint;
    bool ok = false;
    if (name.isEmpty()) {
        hint = tr("Lowercase letters, digits, - and _.");
    } else if (BoardPaths::isValidSlug(name)) {
        ok = !BoardPaths::boardExists(m_root, name);
        hint = ok ? tr("The board will be called %1.").arg(name)
                  : tr("There is a board called %1 already.").arg(name);
    } else {
        if (name.size() > kMaxLength)
            hint = tr("A board name has at most %n characters.", nullptr, kMaxLength);
        else if (name != name.toLower())
            hint = tr("A board name has no capital letters.");
        else if (name.contains(QLatin1Char(' ')))
            hint = tr("A board name has no spaces.");
        else if (name.front() == QLatin1Char('-') || name.front() == QLatin1Char('_'))
            hint = tr("A board name starts with a letter or a digit.");
        else
            hint = tr("A board name uses only lowercase letters, digits, - and _.");
        const QString proposed = suggestion(name);
        if (!proposed.isEmpty() && !BoardPaths::boardExists(m_root, proposed))
            m_suggestion = proposed;
    }
    m_hint->setText(hint);
    QPalette pal = m_hint->palette();
    pal.setColor(QPalette::WindowText,
                 ok || name.isEmpty() ? Theme::mutedText(palette()) : Theme::red());
    m_hint->setPalette(pal);
    m_suggest->setText(tr("Use “%1”").arg(m_suggestion));
    m_suggest->setVisible(!m_suggestion.isEmpty());
    m_create->setEnabled(ok);
}

void NewBoardDialog::accept()
{
    validate();
    if (!m_create->isEnabled())
        return;
    const QString error = m_createBoard ? m_createBoard(slug()) : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

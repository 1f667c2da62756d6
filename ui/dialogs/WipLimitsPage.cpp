#include "ui/dialogs/WipLimitsPage.h"

#include "dispatcher/WipLimits.h"
#include "model/Types.h"
#include "ui/board/StatusText.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

WipLimitsPage::WipLimitsPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_own(new QCheckBox(this))
{
    setObjectName(QStringLiteral("wipLimitsPage"));
    m_intro->setWordWrap(true);
    m_own->setObjectName(QStringLiteral("wipOwnBoard"));
    m_own->setVisible(false);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const QString &status : TaskStatus::all()) {
        if (status == TaskStatus::Archived)
            continue;
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("wipSpin_") + status);
        spin->setRange(0, 999);
        spin->setMinimumWidth(90);
        connect(spin, &QSpinBox::valueChanged, this, &WipLimitsPage::changed);
        auto *label = new QLabel(this);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_spins.insert(status, spin);
        m_labels.insert(status, label);
    }
    // Switching the scope shows what that scope holds now.
    connect(m_own, &QCheckBox::toggled, this, [this](bool own) {
        if (!own)
            showValues(WipLimits::read({}, m_configPath));
        emit changed();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_own);
    layout->addLayout(form);
    layout->addStretch(1);
    retranslate();
}

void WipLimitsPage::retranslate()
{
    m_intro->setText(tr("The most cards a column should hold at once. A column over its limit "
                        "is marked on the board, and moves into it warn. A limit on Running "
                        "also caps how many workers the dispatcher starts."));
    m_own->setText(tr("Limits of its own for board %1").arg(m_slug));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(StatusText::name(it.key()) + QLatin1Char(':'));
    for (QSpinBox *spin : std::as_const(m_spins)) {
        spin->setSpecialValueText(tr("No limit"));
        spin->setToolTip(tr("0: no limit"));
    }
}

void WipLimitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WipLimitsPage::setBoard(const QString &slug)
{
    m_slug = slug;
    m_own->setVisible(!slug.isEmpty());
    retranslate();
}

void WipLimitsPage::showValues(const QMap<QString, int> &limits)
{
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setValue(limits.value(it.key()));
    }
}

void WipLimitsPage::load()
{
    const bool own = !m_slug.isEmpty() && WipLimits::boardHasOwn(m_slug, m_configPath);
    {
        const QSignalBlocker block(m_own);
        m_own->setChecked(own);
    }
    showValues(WipLimits::read(own ? m_slug : QString(), m_configPath));
}

bool WipLimitsPage::save(QString *error)
{
    const bool own = !m_slug.isEmpty() && m_own->isChecked();
    const QMap<QString, int> global = WipLimits::read({}, m_configPath);
    bool ok = true;
    if (!own && !m_slug.isEmpty())
        ok = WipLimits::removeSection(WipLimits::boardSection(m_slug), error, m_configPath);
    for (auto it = m_spins.cbegin(); ok && it != m_spins.cend(); ++it) {
        const int value = it.value()->value();
        if (!own) {
            ok = WipLimits::writeKey(WipLimits::globalSection(), it.key(), value, false, error,
                                     m_configPath);
            continue;
        }
        // The board's section holds only what differs from every board's.
        const bool differs = value != global.value(it.key());
        ok = WipLimits::writeKey(WipLimits::boardSection(m_slug), it.key(), differs ? value : 0,
                                 differs, error, m_configPath);
    }
    return ok;
}

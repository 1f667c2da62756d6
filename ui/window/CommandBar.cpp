#include "ui/window/CommandBar.h"

#include "ui/style/Icons.h"
#include "ui/style/ScrollBarStyle.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {
constexpr int kMaxOutputBlocks = 4000;
}

CommandBar::CommandBar(QWidget *parent)
    : QFrame(parent), m_input(new QLineEdit(this)), m_output(new QPlainTextEdit(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("commandBar"));
    setAttribute(Qt::WA_StyledBackground, false);
    m_input->setObjectName(QStringLiteral("commandEdit"));
    m_input->addAction(Icons::get(QStringLiteral("terminal")), QLineEdit::LeadingPosition);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_input->setFont(big);
    m_input->setMinimumHeight(32);
    m_input->installEventFilter(this);
    m_output->setObjectName(QStringLiteral("commandOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(kMaxOutputBlocks);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_output->font();
    mono.setFamily(Theme::monospaceFamily());
    mono.setPointSizeF(mono.pointSizeF() * 0.92);
    m_output->setFont(mono);
    m_output->setMinimumHeight(200);
    m_output->installEventFilter(this);
    ScrollBarStyle::applyTo(m_output);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_hint->setPalette(muted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(m_input);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_hint);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandBar::submit);
    if (parent)
        parent->installEventFilter(this);
    retranslate();
    hide();
}

void CommandBar::retranslate()
{
    m_input->setPlaceholderText(
        tr("Run a command, e.g.  create \"Write the notes\" --assignee alice"));
    m_input->setAccessibleName(tr("Command"));
    m_output->setAccessibleName(tr("Command output"));
    m_hint->setText(
        tr("The headless verbs: list, show, create, assign, link, comment, complete, block, stats… "
           "“help” lists them. Esc closes."));
}

void CommandBar::setRunner(Runner runner)
{
    m_runner = std::move(runner);
}

void CommandBar::setGlobalArgs(const QString &args)
{
    m_globals = args;
}

QString CommandBar::shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

void CommandBar::popup()
{
    place();
    show();
    raise();
    m_input->setFocus();
    m_input->selectAll();
}

void CommandBar::place()
{
    QWidget *p = parentWidget();
    if (!p)
        return;
    const int w = qMin(760, p->width() - 40);
    const int h = qMin(440, p->height() - 80);
    setGeometry((p->width() - w) / 2, 56, w, h);
}

QString CommandBar::run(const QString &line)
{
    const QString trimmed = line.trimmed();
    QString result;
    if (!m_runner)
        result = tr("The command bar is not connected to the verb table.");
    else if (trimmed.isEmpty() || trimmed == QLatin1String("help") || m_globals.isEmpty())
        result = m_runner(trimmed);
    else
        result = m_runner(m_globals + QLatin1Char(' ') + trimmed);
    m_output->appendPlainText(QStringLiteral("$ ") + trimmed);
    m_output->appendPlainText(result);
    m_output->appendPlainText(QString());
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
    if (!trimmed.isEmpty() && (m_history.isEmpty() || m_history.last() != trimmed))
        m_history << trimmed;
    m_historyPos = int(m_history.size());
    emit commandFinished(trimmed);
    return result;
}

void CommandBar::submit()
{
    const QString line = m_input->text();
    m_input->clear();
    run(line);
}

QString CommandBar::output() const
{
    return m_output->toPlainText();
}

bool CommandBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if ((watched == m_input || watched == m_output) && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if ((watched == m_input || watched == m_output) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            if (parentWidget())
                parentWidget()->setFocus();
            return true;
        }
        if (watched == m_input && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) &&
            !m_history.isEmpty()) {
            m_historyPos = qBound(0, m_historyPos + (key->key() == Qt::Key_Up ? -1 : 1),
                                  int(m_history.size()));
            m_input->setText(m_history.value(m_historyPos));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(4, 2, -4, -6);
    for (int i = 4; i >= 1; --i) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, Theme::isDark(pal) ? 30 : 12));
        p.drawRoundedRect(r.adjusted(-i, -i + 2, i, i + 2), 10 + i, 10 + i);
    }
    p.setPen(QPen(Theme::cardBorder(pal), 1));
    p.setBrush(pal.color(QPalette::Window));
    p.drawRoundedRect(r, 10, 10);
}

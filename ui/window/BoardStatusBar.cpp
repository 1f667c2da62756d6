#include "ui/window/BoardStatusBar.h"

#include "model/Types.h"
#include "ui/board/StatusText.h"
#include "ui/style/MessageText.h"
#include "ui/style/Theme.h"
#include "ui/tray/DispatcherPill.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QTimer>

BoardStatusBar::BoardStatusBar(QWidget *parent)
    : QStatusBar(parent), m_message(new QLabel(this)), m_counts(new QLabel(this)),
      m_path(new QLabel(this)), m_health(new QLabel(this)), m_clear(new QTimer(this))
{
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(true);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextFormat(Qt::PlainText);
    // Its width is what the bar leaves it, never what the text wants.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setMinimumWidth(0);
    m_message->installEventFilter(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_path->setObjectName(QStringLiteral("dbPathLabel"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setMinimumWidth(60);
    m_path->setMaximumWidth(340);
    m_health->setObjectName(QStringLiteral("dispatcherHealth"));
    for (QLabel *l : {m_counts, m_path, m_health}) {
        QPalette pal = l->palette();
        pal.setColor(QPalette::WindowText, Theme::mutedText(palette()));
        l->setPalette(pal);
    }
    addWidget(m_message, 1);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_health);
    addPermanentWidget(m_path);
    m_clear->setSingleShot(true);
    connect(m_clear, &QTimer::timeout, this, [this] {
        m_fullNotice.clear();
        m_message->clear();
        m_message->setToolTip({});
    });
}

void BoardStatusBar::setCounts(const QMap<QString, int> &byStatus)
{
    QStringList parts;
    for (const QString &s : TaskStatus::all()) {
        if (s == TaskStatus::Archived && !byStatus.contains(s))
            continue;
        parts << QStringLiteral("%1 %2").arg(StatusText::name(s)).arg(byStatus.value(s));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_counts->setAccessibleName(tr("Cards per status: %1").arg(m_counts->text()));
}

QString BoardStatusBar::countsText() const
{
    return m_counts->text();
}

void BoardStatusBar::setDatabasePath(const QString &path)
{
    m_fullPath = path;
    m_path->setToolTip(path);
    m_path->setAccessibleName(tr("Database: %1").arg(path));
    elidePath();
}

void BoardStatusBar::elidePath()
{
    m_path->setText(
        m_path->fontMetrics().elidedText(m_fullPath, Qt::ElideMiddle, m_path->maximumWidth()));
}

void BoardStatusBar::resizeEvent(QResizeEvent *event)
{
    QStatusBar::resizeEvent(event);
    m_path->setMaximumWidth(qBound(60, width() / 4, 340));
    elidePath();
    elideNotice();
}

void BoardStatusBar::setDispatcherHealth(const DispatcherHealth &status)
{
    QString text;
    switch (status.state) {
    case DispatcherHealth::Alive:
        text = status.lastTick > 0
                   ? tr("Dispatcher alive, last tick %1").arg(MessageText::time(status.lastTick))
                   : tr("Dispatcher alive");
        break;
    case DispatcherHealth::Paused:
        text = tr("Dispatcher paused");
        break;
    case DispatcherHealth::Failing:
        text = tr("Dispatcher error: %1").arg(status.lastError.left(80));
        break;
    default:
        text = tr("No dispatcher running");
    }
    const QString paused = DispatcherPill::pausedText(status);
    if (!paused.isEmpty())
        text += QStringLiteral(" · ") + paused;
    m_health->setText(text);
    m_health->setToolTip(DispatcherPill::details(status));
}

QString BoardStatusBar::healthText() const
{
    return m_health->text();
}

void BoardStatusBar::showNotice(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 error ? Theme::red() : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_fullNotice = text;
    m_message->setToolTip(text);
    elideNotice();
    m_clear->start(error ? 12000 : 6000);
}

bool BoardStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message && event->type() == QEvent::Resize)
        elideNotice();
    return QStatusBar::eventFilter(watched, event);
}

void BoardStatusBar::elideNotice()
{
    QString line = m_fullNotice;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const int room = qMax(0, m_message->width());
    m_message->setText(m_message->fontMetrics().elidedText(line, Qt::ElideRight, room));
}

QString BoardStatusBar::notice() const
{
    return m_fullNotice;
}

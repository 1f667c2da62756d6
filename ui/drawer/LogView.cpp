#include "ui/drawer/LogView.h"

#include "model/WorkerLog.h"
#include "ui/style/Theme.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

LogView::LogView(QWidget *parent)
    : QWidget(parent), m_info(new QLabel(this)), m_paused(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    m_info->setObjectName(QStringLiteral("logInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paused->setObjectName(QStringLiteral("logPaused"));
    m_paused->hide();
    QPalette muted = m_info->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_info->setPalette(muted);
    m_paused->setPalette(muted);
    m_text->setObjectName(QStringLiteral("drawerLog"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setUndoRedoEnabled(false);
    QFont mono = m_text->font();
    mono.setFamily(Theme::monospaceFamily());
    mono.setPointSizeF(mono.pointSizeF() * 0.92);
    m_text->setFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_info);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_paused);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &LogView::poll);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_paused->setVisible(isPaused()); });
    retranslate();
}

void LogView::retranslate()
{
    m_text->setAccessibleName(tr("Worker log"));
    m_paused->setText(tr("Paused: scroll to the end to follow the log"));
    updateInfo();
}

void LogView::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_text->clear();
    m_offset = m_fileSize = m_shown = 0;
    m_truncated = m_exists = false;
    updateInfo();
    if (m_timer->isActive() || isVisible())
        reload();
}

void LogView::setActive(bool active)
{
    if (active && !m_timer->isActive()) {
        reload();
        m_timer->start();
    } else if (!active) {
        m_timer->stop();
    }
}

bool LogView::isPaused() const
{
    const QScrollBar *bar = m_text->verticalScrollBar();
    return bar->maximum() > 0 && bar->value() < bar->maximum();
}

QString LogView::text() const
{
    return m_text->toPlainText();
}

QString LogView::infoText() const
{
    return m_info->text();
}

void LogView::updateInfo()
{
    const QLocale locale;
    if (m_path.isEmpty())
        m_info->clear();
    else if (!m_exists)
        m_info->setText(tr("No log yet. It appears when a worker runs: %1").arg(m_path));
    else if (m_truncated)
        m_info->setText(tr("Showing the last %1 of %2: %3")
                            .arg(locale.formattedDataSize(kTailBytes),
                                 locale.formattedDataSize(m_fileSize), m_path));
    else
        m_info->setText(m_path);
}

template <typename Read, typename Apply> void LogView::readAsync(Read read, Apply apply)
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<WorkerLog::Content>(this);
    connect(watcher, &QFutureWatcher<WorkerLog::Content>::finished, this,
            [this, watcher, generation, apply = std::move(apply)] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer read (another file, a reload) replaced this one
                m_loading = false;
                apply(watcher->result());
                emit loaded();
            });
    watcher->setFuture(QtConcurrent::run(std::move(read)));
}

void LogView::reload()
{
    if (m_path.isEmpty())
        return;
    readAsync([path = m_path] { return WorkerLog::read(path, std::optional<qint64>(kTailBytes)); },
              [this](const WorkerLog::Content &c) {
                  m_exists = c.exists;
                  m_truncated = c.truncated;
                  m_fileSize = c.sizeBytes;
                  m_offset = c.end;
                  QString text = QString::fromUtf8(c.bytes);
                  m_shown = text.size();
                  if (text.endsWith(QLatin1Char('\n')))
                      text.chop(1);
                  m_text->setPlainText(text);
                  m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
                  updateInfo();
              });
}

void LogView::poll()
{
    if (m_loading || m_path.isEmpty())
        return;
    const QFileInfo fi(m_path);
    const qint64 size = fi.exists() ? fi.size() : -1;
    if (size < 0) {
        if (m_exists)
            reload();
        return;
    }
    if (!m_exists || size < m_offset || size - m_offset > kTailBytes) {
        reload(); // appeared, rotated or a big jump: read the tail again
        return;
    }
    if (size == m_offset)
        return;
    readAsync(
        [path = m_path, from = m_offset] { return WorkerLog::readFrom(path, from, kTailBytes); },
        [this](const WorkerLog::Content &c) {
            m_fileSize = qMax(m_fileSize, c.end);
            m_offset = c.end;
            if (!c.bytes.isEmpty())
                append(QString::fromUtf8(c.bytes));
        });
}

void LogView::append(const QString &text)
{
    // Keep the view bounded: past twice the tail, start again from the tail.
    if (m_shown + text.size() > 2 * kTailBytes) {
        reload();
        return;
    }
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const int keep = bar->value();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    QString chunk = text;
    if (chunk.endsWith(QLatin1Char('\n')))
        chunk.chop(1);
    cursor.insertText((m_text->document()->isEmpty() ? QString() : QStringLiteral("\n")) + chunk);
    m_shown += text.size();
    bar->setValue(follow ? bar->maximum() : keep);
    updateInfo();
}

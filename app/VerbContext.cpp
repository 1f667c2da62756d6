#include "app/VerbContext.h"

#include "app/Interrupt.h"

#include "model/DataVersionWatcher.h"
#include "model/KanbanError.h"
#include "model/VisibleText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

VerbContext::VerbContext(const QString &verb, const ParsedArgs &args, OutputSink &sink,
                         const GlobalOptions &globals, bool live)
    : m_verb(verb), m_args(args), m_sink(sink), m_globals(globals), m_live(live)
{
}

VerbContext::~VerbContext()
{
    m_kernel.reset();
    m_board.reset();
}

void VerbContext::print(const QString &line)
{
    m_sink.writeOut(VisibleText::lines(line).toUtf8() + '\n');
}

void VerbContext::printErr(const QString &line)
{
    m_sink.writeErr(errorLines(line).toUtf8());
}

QString VerbContext::errorLines(const QString &message)
{
    // One message, one "qkanban: " (a hint's further lines follow as they are).
    static const QString prefix = QStringLiteral("qkanban: ");
    QString text = VisibleText::lines(message);
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    return (text.startsWith(prefix) ? text : prefix + text) + QLatin1Char('\n');
}

void VerbContext::write(const QByteArray &bytes)
{
    m_sink.writeOut(bytes);
}

void VerbContext::writeErr(const QByteArray &bytes)
{
    m_sink.writeErr(bytes);
}

Board &VerbContext::board()
{
    if (!m_board)
        m_board = Board::openResolved(m_globals.boardArg, m_globals.dbArg);
    return *m_board;
}

Kernel &VerbContext::kernel()
{
    if (!m_kernel)
        m_kernel = std::make_unique<Kernel>(board());
    return *m_kernel;
}

QString VerbContext::env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

QString VerbContext::profileAuthor()
{
    const QString p = env("QKANBAN_PROFILE");
    return p.isEmpty() ? QStringLiteral("user") : p;
}

bool VerbContext::insideWorker()
{
    return !env("QKANBAN_TASK").isEmpty();
}

OptInt VerbContext::expectedRunId()
{
    const QString v = env("QKANBAN_RUN_ID");
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 id = v.toLongLong(&ok);
    if (!ok)
        throw KanbanError(QStringLiteral("QKANBAN_RUN_ID is not a run id: %1").arg(v));
    return id;
}

bool VerbContext::interrupted() const
{
    return Interrupt::requested();
}

bool VerbContext::wait(double seconds)
{
    return wait(seconds, nullptr);
}

namespace {
constexpr int kReaderCheckMs = 250;
} // namespace

bool VerbContext::wait(double seconds, DataVersionWatcher *changes)
{
    if (!m_live || Interrupt::requested() || m_sink.outputClosed())
        return false;
    const int ms = int(qBound(0.0, seconds, 86400.0) * 1000);
    if (QCoreApplication::instance() &&
        QThread::currentThread() == QCoreApplication::instance()->thread()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        std::unique_ptr<QSocketNotifier> wake;
        if (Interrupt::wakeFd() >= 0) {
            wake = std::make_unique<QSocketNotifier>(Interrupt::wakeFd(), QSocketNotifier::Read);
            QObject::connect(wake.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        }
        if (changes)
            QObject::connect(changes, &DataVersionWatcher::changed, &loop, &QEventLoop::quit);
        // A reader that goes away ends a long wait too (a local poll of
        // stdout, no query): a notified stream may wait hours for a change.
        QTimer reader;
        QObject::connect(&reader, &QTimer::timeout, &loop, [this, &loop] {
            if (m_sink.outputClosed())
                loop.quit();
        });
        reader.start(kReaderCheckMs);
        timer.start(ms);
        loop.exec();
    } else {
        for (int left = ms; left > 0 && !Interrupt::requested(); left -= 50)
            QThread::msleep(qMin(left, 50));
    }
    return !Interrupt::requested() && !m_sink.outputClosed();
}

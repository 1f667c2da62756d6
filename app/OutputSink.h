#pragma once

#include <QByteArray>

// Where a verb's text goes: straight to stdout/stderr (headless), or into
// buffers the command bar shows afterwards.
class OutputSink
{
public:
    virtual ~OutputSink() = default;
    virtual void writeOut(const QByteArray &bytes) = 0;
    virtual void writeErr(const QByteArray &bytes) = 0;
    // True once nobody reads the output any more (a pipe whose reader
    // exited): live verbs stop then.
    virtual bool outputClosed() { return false; }
    // A person reads stdout as it comes (a terminal, the command bar), not
    // a pipe or a file.
    virtual bool isInteractive() const { return true; }
};

// Writes through to the process streams and flushes, so live verbs
// (tail, watch) show each line at once, also to a pipe.
class StreamSink : public OutputSink
{
public:
    void writeOut(const QByteArray &bytes) override;
    void writeErr(const QByteArray &bytes) override;
    // A failed write, or stdout reporting an error or hang-up (the read
    // end of its pipe closed), without writing anything.
    bool outputClosed() override;
    bool isInteractive() const override;

private:
    bool m_closed = false;
};

class BufferSink : public OutputSink
{
public:
    void writeOut(const QByteArray &bytes) override { m_out += bytes; }
    void writeErr(const QByteArray &bytes) override { m_err += bytes; }
    const QByteArray &out() const { return m_out; }
    const QByteArray &err() const { return m_err; }

private:
    QByteArray m_out;
    QByteArray m_err;
};

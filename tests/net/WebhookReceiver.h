#pragma once

#include <QByteArrayList>
#include <QTcpServer>
#include <QTcpSocket>

// A tiny HTTP receiver for webhook tests: records each POST body and
// answers 200 (or the status set with setStatus).
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    bool listen(quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::accept,
                Qt::UniqueConnection);
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    void setStatus(int status) { m_status = status; }
    QByteArrayList bodies;

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
        }
    }
    void read(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buf.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        bodies << buf.mid(end + 4, length);
        m_buffers.remove(s);
        s->write(QByteArray("HTTP/1.1 ") + QByteArray::number(m_status) +
                 " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status = 200;
};

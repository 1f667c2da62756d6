#pragma once

#include <QObject>

class QLocalServer;

// One board window per user and qkanban home: the first process listens
// on a local socket; a second one sends it "raise [board]" and exits, so
// no second dispatcher starts.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: what makes instances distinct (the qkanban root or --db file).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/qkanban-<hash of key>, else qkanban-$USER-<hash>
    // (in the temporary folder).
    static QString serverName(const QString &key);
    // True: we are the first; we now listen.
    bool listen();
    // Asks the first instance to raise its window (and switch to board,
    // when given). True when it answered.
    bool sendRaise(const QString &board = {}, int timeoutMs = 3000);

signals:
    void raiseRequested(const QString &board);

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

#pragma once

// Shared test scaffolding for the kernel suites: one temporary board per
// test, a manual clock, and small helpers to read what the kernel wrote.

#include "model/Board.h"
#include "model/Clock.h"
#include "model/Database.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "tests/common/TestBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <stdexcept>

inline BoardLocation testLocation(const QString &dir)
{
    BoardLocation loc;
    loc.root = dir;
    loc.slug = QStringLiteral("default");
    // On PostgreSQL: a new database per folder (the same one if opened again).
    loc.dbPath = TestBackend::isPostgres() ? TestBackend::databaseUrlFor(dir)
                                           : dir + QStringLiteral("/board.db");
    loc.boardDir = dir;
    loc.isPinned = true;
    return loc;
}

// Runs f and returns the KanbanError it threw, if any.
template <typename F> std::optional<KanbanError> thrown(F &&f)
{
    try {
        f();
    } catch (const KanbanError &e) {
        return e;
    }
    return std::nullopt;
}

inline NotifySub makeSub(const QString &taskId, const QString &platform, const QString &chatId,
                         const QString &threadId = {})
{
    NotifySub s;
    s.taskId = taskId;
    s.platform = platform;
    s.chatId = chatId;
    s.threadId = threadId;
    return s;
}

inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

struct KernelFixture
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Board> board;
    std::unique_ptr<Kernel> k;

    explicit KernelFixture(Entropy *entropy = Entropy::system())
    {
        if (!dir.isValid())
            throw std::runtime_error("no temporary dir");
        board = std::make_unique<Board>(testLocation(dir.path()), &clock, entropy);
        k = std::make_unique<Kernel>(*board);
    }

    QString dbPath() const { return board->dbPath(); }
    QSqlDatabase &db() { return board->db(); }

    QString create(const QString &title, const QString &assignee = {},
                   const QStringList &parents = {})
    {
        CreateOptions o;
        o.title = title;
        o.assignee = assignee;
        o.parents = parents;
        return k->createTask(o).id;
    }

    Task task(const QString &id) { return k->requireTask(id); }
    QString status(const QString &id) { return k->requireTask(id).status; }

    QStringList kinds(const QString &id)
    {
        QStringList out;
        for (const Event &e : k->events(id))
            out << e.kind;
        return out;
    }

    std::optional<Event> lastEvent(const QString &id, const QString &kind)
    {
        std::optional<Event> found;
        for (const Event &e : k->events(id)) {
            if (e.kind == kind)
                found = e;
        }
        return found;
    }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        return Sql::scalar(db(), sql, binds);
    }

    qint64 count(const QString &table, const QString &taskId)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE task_id = ?").arg(table),
                      {taskId})
            .toLongLong();
    }

    // Claims with a fixed lock so tests can compare it.
    Task claim(const QString &id, qint64 ttl = Kernel::kDefaultClaimTtl)
    {
        auto t = k->claimTask(id, ttl, QStringLiteral("testhost:1:abc"));
        if (!t)
            throw std::runtime_error("claim failed");
        return *t;
    }
};

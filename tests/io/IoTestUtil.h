#pragma once

// Scaffolding for the export/import suites: temporary boards on a manual
// clock, and helpers to compare exports.

#include "model/Board.h"
#include "model/Clock.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/io/BoardIo.h"
#include "tests/common/TestBackend.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <stdexcept>

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

// One board in its own temporary folder.
struct IoBoard
{
    QTemporaryDir dir;
    ManualClock clock{1'800'000'000};
    std::unique_ptr<Board> board;
    std::unique_ptr<Kernel> k;

    explicit IoBoard(const QString &slug = QStringLiteral("default"))
    {
        if (!dir.isValid())
            throw std::runtime_error("no temporary dir");
        BoardLocation loc;
        loc.root = dir.path();
        loc.slug = slug;
        loc.boardDir = dir.path();
        loc.dbPath = TestBackend::isPostgres() ? TestBackend::freshDatabaseUrl()
                                               : dir.path() + QStringLiteral("/board.db");
        loc.isPinned = true;
        board = std::make_unique<Board>(loc, &clock);
        k = std::make_unique<Kernel>(*board);
    }

    QByteArray exportJson() { return BoardIo::exportJson(*board); }
    int taskCount() { return int(k->listTasks(ListFilter{{}, {}, {}, true, {}}).size()); }
};

// An export without the two fields that name the board and the moment.
inline QByteArray normalised(QByteArray json)
{
    static const QRegularExpression board(QStringLiteral("^  \"board\": .*,$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression at(QStringLiteral("^  \"exported_at\": \\d+,$"),
                                       QRegularExpression::MultilineOption);
    QString s = QString::fromUtf8(json);
    s.replace(board, QStringLiteral("  \"board\": \"*\","));
    s.replace(at, QStringLiteral("  \"exported_at\": 0,"));
    return s.toUtf8();
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

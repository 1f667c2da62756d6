// Board export to JSON and its exact re-import.
#include "model/io/BoardIo.h"

#include "model/BoardPaths.h"
#include "model/Dialect.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Sql.h"
#include "model/Types.h"
#include "model/io/BoardIoTables.h"
#include "model/io/ImportChecks.h"
#include "model/io/ImportDetach.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace BoardIoTables;

namespace {

const QString kFormat = QStringLiteral("qkanban-board");
constexpr qint64 kVersion = 1;

[[noreturn]] void bad(const QString &detail)
{
    throw KanbanError(QStringLiteral("invalid board export: %1").arg(detail),
                      KanbanError::BadInput);
}

// Reads see one snapshot; nothing is written.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase &db) : m_db(db)
    {
        Sql::exec(m_db, Dialect::beginSnapshot(m_db));
    }
    ~ReadSnapshot()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase &m_db;
};

Json cell(const Column &c, const QVariant &v)
{
    if (v.isNull())
        return {};
    if (c.integer) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        return ok ? Json(n) : Json(v.toString()); // a stray text is refused on import
    }
    return Json(v.toString());
}

// A JSON value as it would be written, for messages.
QString shown(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QString where(const Table &t, qsizetype row, const QString &field = {})
{
    QString s = QStringLiteral("%1[%2]").arg(t.key).arg(row);
    if (!field.isEmpty())
        s += QLatin1Char('.') + field;
    return s;
}

// One JSON object -> values in column order, type-checked.
QVariantList rowValues(const Table &t, qsizetype index, const QJsonValue &item)
{
    if (!item.isObject())
        bad(QStringLiteral("%1 must be an object").arg(where(t, index)));
    const QJsonObject o = item.toObject();
    const QStringList names = t.columnNames();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!names.contains(it.key()))
            bad(QStringLiteral("%1: unknown field '%2'").arg(where(t, index), it.key()));
    }
    QVariantList out;
    for (const Column &c : t.columns) {
        const auto found = o.find(c.name);
        if (found == o.end()) {
            if (c.nullable)
                out << nullFor(c);
            else if (c.fallback.isValid())
                out << c.fallback;
            else
                bad(QStringLiteral("%1: missing field").arg(where(t, index, c.name)));
            continue;
        }
        const QJsonValue v = found.value();
        if (v.isNull()) {
            if (!c.nullable)
                bad(QStringLiteral("%1 must not be null").arg(where(t, index, c.name)));
            out << nullFor(c);
        } else if (c.integer) {
            if (!isInteger(v))
                bad(QStringLiteral("%1 must be an integer").arg(where(t, index, c.name)));
            out << QVariant(v.toInteger());
        } else {
            if (!v.isString())
                bad(QStringLiteral("%1 must be a string").arg(where(t, index, c.name)));
            out << textValue(v.toString());
        }
    }
    return out;
}

struct Parsed
{
    QHash<QString, QList<QVariantList>> rows; // by table key
    QHash<QString, qint64> sequences;         // by SQL table name
    QStringList warnings;
};

QList<QVariantList> readTable(const QJsonObject &root, const Table &t)
{
    const auto found = root.find(t.key);
    if (found == root.end()) {
        if (t.key == QLatin1String("tasks"))
            bad(QStringLiteral("missing field 'tasks'"));
        return {};
    }
    if (!found.value().isArray())
        bad(QStringLiteral("'%1' must be an array").arg(t.key));
    const QJsonArray a = found.value().toArray();
    QList<QVariantList> rows;
    rows.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        rows << rowValues(t, i, a.at(i));
    return rows;
}

int col(const Table &t, const char *name)
{
    return int(t.columnNames().indexOf(QString::fromLatin1(name)));
}

QSet<QString> checkTasks(const QList<QVariantList> &rows)
{
    const Table &t = table(QStringLiteral("tasks"));
    const int id = col(t, "id"), title = col(t, "title"), status = col(t, "status"),
              kind = col(t, "workspace_kind"), key = col(t, "idempotency_key");
    QSet<QString> ids;
    QHash<QString, QString> liveKeys;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantList &r = rows.at(i);
        const QString taskId = r.at(id).toString();
        if (taskId.trimmed().isEmpty())
            bad(QStringLiteral("%1 must not be empty").arg(where(t, i, QStringLiteral("id"))));
        if (ids.contains(taskId))
            bad(QStringLiteral("%1: duplicate task id %2").arg(where(t, i), taskId));
        ids.insert(taskId);
        if (r.at(title).toString().trimmed().isEmpty())
            bad(QStringLiteral("%1 must not be empty").arg(where(t, i, QStringLiteral("title"))));
        const QString st = r.at(status).toString();
        if (!TaskStatus::isValid(st))
            bad(QStringLiteral("%1: unknown status '%2' (expected one of %3)")
                    .arg(where(t, i, QStringLiteral("status")), st,
                         TaskStatus::all().join(QStringLiteral(", "))));
        static const QStringList kinds{QStringLiteral("scratch"), QStringLiteral("worktree"),
                                       QStringLiteral("dir")};
        if (!kinds.contains(r.at(kind).toString()))
            bad(QStringLiteral(
                    "%1: unknown workspace kind '%2' (expected scratch, worktree or dir)")
                    .arg(where(t, i, QStringLiteral("workspace_kind")), r.at(kind).toString()));
        if (!r.at(key).isNull() && st != TaskStatus::Archived) {
            const QString k = r.at(key).toString();
            if (liveKeys.contains(k))
                bad(QStringLiteral("%1: idempotency key '%2' is already used by live task %3")
                        .arg(where(t, i), k, liveKeys.value(k)));
            liveKeys.insert(k, taskId);
        }
    }
    return ids;
}

void checkLinks(const QList<QVariantList> &rows, const QSet<QString> &tasks)
{
    const Table &t = table(QStringLiteral("links"));
    QSet<QPair<QString, QString>> seen;
    QHash<QString, QStringList> children;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString p = rows.at(i).at(0).toString(), c = rows.at(i).at(1).toString();
        for (const QString &end : {p, c}) {
            if (!tasks.contains(end))
                bad(QStringLiteral("%1: link to unknown task %2").arg(where(t, i), end));
        }
        if (p == c)
            bad(QStringLiteral("%1: task %2 cannot depend on itself").arg(where(t, i), p));
        if (seen.contains({p, c}))
            bad(QStringLiteral("%1: duplicate link %2 -> %3").arg(where(t, i), p, c));
        if (closesCycle(children, p, c))
            bad(QStringLiteral("%1: linking %2 -> %3 would create a cycle").arg(where(t, i), p, c));
        seen.insert({p, c});
        children[p] << c;
    }
}

// Rows with an integer id and a task_id: ids unique and positive, tasks known.
void checkOwned(const QString &key, const QList<QVariantList> &rows, const QSet<QString> &tasks)
{
    const Table &t = table(key);
    const int id = col(t, "id"), task = col(t, "task_id");
    QSet<qint64> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (id >= 0) {
            const qint64 n = rows.at(i).at(id).toLongLong();
            if (n <= 0)
                bad(QStringLiteral("%1 must be positive").arg(where(t, i, QStringLiteral("id"))));
            if (ids.contains(n))
                bad(QStringLiteral("%1: duplicate id %2").arg(where(t, i)).arg(n));
            ids.insert(n);
        }
        const QString taskId = rows.at(i).at(task).toString();
        if (!tasks.contains(taskId))
            bad(QStringLiteral("%1: unknown task %2").arg(where(t, i), taskId));
    }
}

void checkSubs(const QList<QVariantList> &rows, const QSet<QString> &tasks)
{
    checkOwned(QStringLiteral("notify_subs"), rows, tasks);
    const Table &t = table(QStringLiteral("notify_subs"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantList &r = rows.at(i);
        const QString k = QStringList{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                                      r.at(3).toString()}
                              .join(QChar(0x1f));
        if (keys.contains(k))
            bad(QStringLiteral("%1: duplicate subscription").arg(where(t, i)));
        keys.insert(k);
    }
}

QHash<QString, qint64> readSequences(const QJsonObject &root)
{
    QHash<QString, qint64> out;
    const auto found = root.find(QStringLiteral("sequences"));
    if (found == root.end())
        return out;
    if (!found.value().isObject())
        bad(QStringLiteral("'sequences' must be an object"));
    QStringList known;
    for (const Table &t : tables()) {
        if (t.hasAutoId)
            known << t.sql;
    }
    const QJsonObject o = found.value().toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            bad(QStringLiteral("sequences: unknown table '%1'").arg(it.key()));
        if (!isInteger(it.value()) || it.value().toInteger() < 0)
            bad(QStringLiteral("sequences.%1 must be a non-negative integer").arg(it.key()));
        out.insert(it.key(), it.value().toInteger());
    }
    return out;
}

Parsed parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        bad(QStringLiteral("malformed JSON at offset %1: %2")
                .arg(err.offset)
                .arg(err.errorString()));
    if (!doc.isObject())
        bad(QStringLiteral("the top level must be a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isString() || format.toString() != kFormat)
        bad(QStringLiteral("'format' must be \"%1\"").arg(kFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!isInteger(version) || version.toInteger() != kVersion)
        bad(QStringLiteral("unsupported version %1 (this qkanban reads version %2)")
                .arg(shown(version))
                .arg(kVersion));
    QStringList known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("board"),
                      QStringLiteral("exported_at"), QStringLiteral("sequences")};
    for (const Table &t : tables())
        known << t.key;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            bad(QStringLiteral("unknown field '%1'").arg(it.key()));
    }
    const QJsonValue slug = root.value(QStringLiteral("board"));
    if (!slug.isUndefined() && !slug.isString())
        bad(QStringLiteral("'board' must be a string"));
    if (slug.isString() && !BoardPaths::isValidSlug(slug.toString()))
        ImportChecks::refuse(QStringLiteral("board"), slug.toString(),
                             QStringLiteral("is not a board slug"));
    const QJsonValue at = root.value(QStringLiteral("exported_at"));
    if (!at.isUndefined() && !isInteger(at))
        bad(QStringLiteral("'exported_at' must be an integer"));
    Parsed p;
    for (const Table &t : tables())
        p.rows.insert(t.key, readTable(root, t));
    p.sequences = readSequences(root);

    const QSet<QString> tasks = checkTasks(p.rows.value(QStringLiteral("tasks")));
    checkLinks(p.rows.value(QStringLiteral("links")), tasks);
    for (const char *key : {"comments", "events", "runs"})
        checkOwned(QString::fromLatin1(key), p.rows.value(QString::fromLatin1(key)), tasks);
    checkSubs(p.rows.value(QStringLiteral("notify_subs")), tasks);
    ImportChecks::check(p.rows, &p.warnings);
    return p;
}

// Tasks without a create_seq (files from before migration 5) get one after
// the board's and the file's highest, in created_at, id order: equal
// priorities then list as they were created.
void fillCreateSeq(QSqlDatabase &db, QList<QVariantList> &rows)
{
    const Table &t = table(QStringLiteral("tasks"));
    const int seq = col(t, "create_seq"), created = col(t, "created_at"), id = col(t, "id");
    qint64 next = Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(create_seq), 0) FROM tasks"))
                      .toLongLong();
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).at(seq).isNull())
            missing << i;
        else
            next = qMax(next, rows.at(i).at(seq).toLongLong());
    }
    std::stable_sort(missing.begin(), missing.end(), [&](qsizetype a, qsizetype b) {
        const qint64 ca = rows.at(a).at(created).toLongLong();
        const qint64 cb = rows.at(b).at(created).toLongLong();
        return ca != cb ? ca < cb : rows.at(a).at(id).toString() < rows.at(b).at(id).toString();
    });
    for (const qsizetype i : std::as_const(missing))
        rows[i][seq] = ++next;
}

} // namespace

namespace BoardIo {

QByteArray exportJson(Board &board)
{
    QSqlDatabase &db = board.db();
    ReadSnapshot snapshot(db);
    Json root = Json::object();
    root.set(QStringLiteral("format"), kFormat);
    root.set(QStringLiteral("version"), kVersion);
    root.set(QStringLiteral("board"), board.slug());
    root.set(QStringLiteral("exported_at"), board.now());
    Json sequences = Json::object();
    for (const Table &t : tables()) {
        Json rows = Json::array();
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(t.columnNames().join(QStringLiteral(", ")), t.sql, exportOrder(db, t)));
        while (q.next()) {
            Json row = Json::object();
            for (int i = 0; i < t.columns.size(); ++i)
                row.set(t.columns.at(i).name, cell(t.columns.at(i), q.value(i)));
            rows << row;
        }
        root.set(t.key, rows);
        if (t.hasAutoId)
            sequences.set(t.sql, sequenceValue(db, t.sql));
    }
    root.set(QStringLiteral("sequences"), sequences);
    return root.dump(2) + '\n';
}

ImportStats importJson(Board &board, const QByteArray &json)
{
    Parsed p = parse(json);
    QSqlDatabase &db = board.db();
    WriteTxn txn(db);
    requireEmptyBoard(db);
    fillCreateSeq(db, p.rows[QStringLiteral("tasks")]);
    for (const Table &t : tables()) {
        RowInserter ins(db, t.sql, t.columnNames());
        for (const QVariantList &r : p.rows.value(t.key))
            ins.insert(r);
    }
    raiseSequences(db, p.sequences);
    const QStringList detached = ImportDetach::detachWorkers(board);
    txn.commit();

    ImportStats s;
    s.warnings = p.warnings + detached;
    s.tasks = int(p.rows.value(QStringLiteral("tasks")).size());
    s.links = int(p.rows.value(QStringLiteral("links")).size());
    s.comments = int(p.rows.value(QStringLiteral("comments")).size());
    s.events = int(p.rows.value(QStringLiteral("events")).size());
    s.runs = int(p.rows.value(QStringLiteral("runs")).size());
    s.subscriptions = int(p.rows.value(QStringLiteral("notify_subs")).size());
    return s;
}

} // namespace BoardIo

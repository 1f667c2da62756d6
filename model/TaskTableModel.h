#pragma once

#include "model/Clock.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QSqlTableModel>

// The board's one model: a read-only QSqlTableModel over `tasks`. Views
// never write through it (setData, insertRows and removeRows refuse); every
// change goes through the Kernel, then refresh() re-reads the rows.
//
// It reads the columns a card needs (id, title, body, assignee, status,
// priority, tenant, created_at, started_at, updated_at,
// consecutive_failures, reviewer, cooldown_until): the body cut to a short excerpt, and for running
// tasks the start of their current run as started_at. The derived counts
// (comments, unfinished parents) come from one grouped query per refresh.
//
// applyChanges() follows a few changed tasks without re-reading the rest:
// a changed row is re-read with selectRow(), an added task becomes an
// inserted row of the table model's cache, and a removed one stays as a
// row no column shows (statusAt() is "") until the next refresh().
class TaskTableModel : public QSqlTableModel
{
    Q_OBJECT
public:
    static constexpr int kColumns = 14; // the query's columns (Col in the .cpp)
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole,
        AssigneeRole,
        PriorityRole,
        TenantRole,
        ExcerptRole,
        CreatedAtRole,
        StartedAtRole,
        UpdatedAtRole,
        FailuresRole,
        CommentCountRole,
        WaitingCountRole,
        AgeRole,       // seconds in the column (see Staleness::ageSeconds)
        ElapsedRole,   // seconds of the current run; -1 unless running
        StalenessRole, // Staleness::Tier
        ReviewerRole,  // the reviewing profile, "" when a person reviews
        RetryInRole,   // seconds until a ready task's next attempt; -1 when not waiting
        EnteredAtRole, // when the task entered its column (its latest move, else creation)
        // Why a ready (or todo) task does not start; "" when unknown.
        WaitReasonRole,
        WaitingOnRole, // QStringList: the titles of its unfinished parents
    };
    static constexpr int kExcerptChars = 240;

    TaskTableModel(const QSqlDatabase &db, Clock *clock, QObject *parent = nullptr);

    // Archived tasks are only read when asked for.
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_includeArchived; }
    Clock *clock() const { return m_clock; }

    // Re-reads every row (all of them, not one chunk) and the derived
    // counts. Returns false on a database error (see lastError()).
    bool refresh();
    // Re-reads only these tasks (and the children whose waiting they
    // change), adding and removing rows. False when that was not possible
    // or the rows no longer agree with the table: refresh() then.
    bool applyChanges(const QSet<QString> &ids);
    // Rows showing a task (rowCount() minus removed ones since refresh()).
    int liveRows() const { return int(m_rowOfId.size()); }
    // False for a row applyChanges() removed (it shows in no column).
    bool isLive(int row) const { return row < m_status.size() && !m_status.at(row).isEmpty(); }
    // Rows per status (what the column headers and the status bar count).
    const QHash<QString, int> &statusCounts() const { return m_statusRows; }
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    QString idAt(int row) const;
    // Fast paths for the column proxies (no QVariant on the way).
    const QString &statusAt(int row) const { return m_status.at(row); }
    int cachedRows() const { return int(m_status.size()); }
    QStringList assignees() const; // distinct, sorted, of the loaded rows
    // The latest cooldown_until of a ready row (0: none): while it lies
    // ahead, cards count down to their next attempt.
    qint64 latestRetryAt() const { return m_latestRetryAt; }
    QStringList tenants() const;
    // Why ready tasks wait (WaitReason::text() by id), from the dispatcher
    // side; rows whose text changes are updated.
    void setWaitReasons(const QHash<QString, QString> &reasons);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Read-only: a view (or a move-drag) must never change or delete rows.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = {}) override;
    // A select re-reads every row as refresh() does.
    bool select() override;
    // The cache mirrors the table (rows applyChanges() read): submitting
    // it writes nothing, reverting it keeps it.
    void revertRow(int row) override;

protected:
    QString selectStatement() const override;
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool insertRowIntoTable(const QSqlRecord &values) override;
    bool deleteRowFromTable(int row) override;

private:
    struct Derived
    {
        int comments = 0;
        int waiting = 0;
        qint64 entered = 0; // the latest event that moved the task
        QStringList waitingOn;
    };
    QVariant field(int row, int column) const;
    // The rows of these ids as the select reads them (one statement).
    bool readRows(const QStringList &ids, QHash<QString, QSqlRecord> &out);
    // Comments, unfinished parents and column entry of these ids only.
    bool readDerived(const QStringList &ids, QHash<QString, Derived> &out);
    void reloadRow(int row, const QSqlRecord &rec, const Derived &d);
    void insertRow(const QSqlRecord &rec, const Derived &d);
    void removeRow(int row);
    int insertPosition(const QSqlRecord &rec) const;
    void countRow(int row, int delta);
    bool countsAgree();
    qint64 enteredAt(int row) const;
    bool loadDerived();
    void indexRows();

    Clock *m_clock;
    bool m_includeArchived = false;
    QString m_columns;
    int m_col[kColumns] = {};
    QHash<QString, int> m_rowOfId;
    QList<Derived> m_rowDerived; // per row
    QList<QString> m_status;     // per row
    QStringList m_assignees;
    QStringList m_tenants;
    qint64 m_latestRetryAt = 0;
    QHash<QString, QString> m_waitReasons; // task id -> WaitReason text
    QHash<QString, int> m_statusRows;      // rows per status, assignee, tenant
    QHash<QString, int> m_assigneeRows;
    QHash<QString, int> m_tenantRows;
    QSet<QString> m_inserted; // ids of rows applyChanges() inserted
    int m_touched = 0;        // rows changed since refresh() (the cache grows)
    bool m_writing = false;   // applyChanges() fills an inserted row
};

#pragma once

// A realistic board of about 30 tasks in every status, for screenshots.
#include "model/Clock.h"
#include "model/Kernel.h"
#include "model/Types.h"

namespace BoardSeed {

inline QString make(Kernel &k, const QString &title, const QString &assignee, qint64 priority,
                    const QString &tenant = {}, const QStringList &parents = {},
                    bool triage = false, const QString &body = {})
{
    CreateOptions o;
    o.title = title;
    o.assignee = assignee;
    o.priority = priority;
    o.tenant = tenant;
    o.parents = parents;
    o.triage = triage;
    o.body = body;
    return k.createTask(o).id;
}

// Returns the id of a task worth opening in the drawer.
inline QString seed(Kernel &k, ManualClock &clock)
{
    const qint64 day = 86400;
    clock.advance(-40 * day);
    // Old work, long done.
    const QString schema = make(k, QStringLiteral("Design the database schema"),
                                QStringLiteral("architect"), 2, QStringLiteral("core"));
    const QString api = make(k, QStringLiteral("Sketch the REST API routes"),
                             QStringLiteral("architect"), 1, QStringLiteral("core"));
    k.completeTask(
        schema, CompleteOptions{QStringLiteral("Seven tables, additive migrations"), {}, {}, {}});
    k.completeTask(
        api, CompleteOptions{QStringLiteral("Routes mirror the original dashboard"), {}, {}, {}});
    const QString stale =
        make(k, QStringLiteral("Evaluate PostgreSQL LISTEN/NOTIFY for live updates"), {}, 0,
             QStringLiteral("core"),
             {make(k, QStringLiteral("Benchmark the claim path"), QStringLiteral("coder"), 1,
                   QStringLiteral("core"))});
    clock.advance(25 * day);
    make(k, QStringLiteral("Write the user guide chapter on boards"), QStringLiteral("writer"), 0,
         QStringLiteral("docs"));
    const QString guide = make(k, QStringLiteral("Proofread the installation guide"),
                               QStringLiteral("reviewer"), 0, QStringLiteral("docs"));
    k.completeTask(guide);
    clock.advance(10 * day);
    // Triage: rough ideas.
    make(k, QStringLiteral("Swimlanes per profile inside Running?"), {}, 0, {}, {}, true);
    make(k, QStringLiteral("Import boards from Trello exports"), {}, 0, QStringLiteral("import"),
         {}, true);
    make(k, QStringLiteral("Cost per run on the card"), QStringLiteral("pm"), 1, {}, {}, true);
    clock.advance(3 * day);
    // A chain: design -> build -> test -> release.
    const QString spec = make(
        k, QStringLiteral("Specify the notification webhook payload"), QStringLiteral("architect"),
        3, QStringLiteral("notify"), {}, false,
        QStringLiteral("## Goal\n\nPOST one JSON object per terminal event.\n\n"
                       "- `task_id`, `kind`, `text`\n- retries with **exponential** backoff\n\n"
                       "```json\n{\"task_id\": \"t_…\", \"kind\": \"completed\"}\n```\n"));
    const QString build =
        make(k, QStringLiteral("Implement webhook delivery with retries and backoff"),
             QStringLiteral("coder"), 2, QStringLiteral("notify"), {spec});
    const QString tests = make(k, QStringLiteral("Test webhook delivery against a flaky receiver"),
                               QStringLiteral("tester"), 1, QStringLiteral("notify"), {build});
    make(k, QStringLiteral("Release notes for 0.2"), QStringLiteral("writer"), 0, {},
         {build, tests});
    TaskEdit reviewed; // a profile reviews these
    reviewed.reviewer = QStringLiteral("critic");
    k.editTask(spec, reviewed);
    k.editTask(build, reviewed);
    k.addComment(spec, QStringLiteral("pm"),
                 QStringLiteral("Keep the payload small; links, not bodies."));
    k.addComment(spec, QStringLiteral("architect"), QStringLiteral("Agreed. Drafting now."));
    k.addComment(spec, QStringLiteral("coder"), QStringLiteral("Please include the board slug."));
    clock.advance(2 * day);
    // Ready, some of it waiting a while.
    make(k, QStringLiteral("Add a dark palette to the board"), QStringLiteral("designer"), 1,
         QStringLiteral("ui"));
    make(k, QStringLiteral("Translate the board into French"), QStringLiteral("translator"), 0,
         QStringLiteral("ui"));
    make(k, QStringLiteral("Hunt the flaky claim test"), QStringLiteral("coder"), 3,
         QStringLiteral("core"));
    const QString bench = make(k, QStringLiteral("Benchmark opening a board of 10,000 tasks"),
                               QStringLiteral("tester"), 2, QStringLiteral("ui"));
    clock.advance(day - 7200);
    make(k, QStringLiteral("Keyboard shortcuts cheat sheet"), QStringLiteral("writer"), 0,
         QStringLiteral("docs"));
    make(k, QStringLiteral("Tidy the tray menu"), {}, 0, QStringLiteral("ui"));
    // Running: one fresh, one getting stale, one very stale.
    const QString r1 = make(k, QStringLiteral("Render cards with QPainter and a cache"),
                            QStringLiteral("coder"), 2, QStringLiteral("ui"));
    const QString r2 = make(k, QStringLiteral("Port the dispatcher tick to Qt"),
                            QStringLiteral("coder"), 1, QStringLiteral("core"));
    const QString r3 = make(k, QStringLiteral("Write the drawer's markdown renderer"),
                            QStringLiteral("designer"), 0, QStringLiteral("ui"));
    k.claimTask(r3);
    clock.advance(3000);
    k.claimTask(r2);
    clock.advance(3600 + 600);
    k.claimTask(r1);
    k.addComment(r1, QStringLiteral("coder"),
                 QStringLiteral("Delegate heights are computed from metrics only."));
    k.claimTask(bench);
    k.requestReview(bench, QStringLiteral("Numbers in the PR description"));
    // Blocked.
    const QString blocked = make(k, QStringLiteral("Sign the Flatpak manifest"),
                                 QStringLiteral("release"), 1, QStringLiteral("packaging"));
    k.blockTask(blocked, QStringLiteral("Needs the signing key from ops"));
    const QString gaveUp = make(k, QStringLiteral("Fix the crash on resume from suspend"),
                                QStringLiteral("coder"), 2, QStringLiteral("core"));
    k.blockTask(gaveUp, QStringLiteral("Worker crashed 5 times in a row"));
    // Review.
    const QString review = make(k, QStringLiteral("Drag and drop between columns"),
                                QStringLiteral("coder"), 2, QStringLiteral("ui"));
    k.claimTask(review);
    k.requestReview(review, QStringLiteral("Refused drops snap back and say why"), {},
                    QStringLiteral("critic"));
    const QString ci = make(k, QStringLiteral("Set up CI on a clean Debian 12"),
                            QStringLiteral("release"), 1, QStringLiteral("packaging"));
    k.completeTask(ci, CompleteOptions{QStringLiteral("Green on a fresh debootstrap"), {}, {}, {}});
    const QString icon = make(k, QStringLiteral("Choose the application icon"),
                              QStringLiteral("designer"), 0, QStringLiteral("ui"));
    k.completeTask(icon);
    make(k, QStringLiteral("Package as a .deb with CPack"), QStringLiteral("release"), 1,
         QStringLiteral("packaging"), {ci, blocked});
    make(k, QStringLiteral("Profiles settings dialog"), QStringLiteral("designer"), 0,
         QStringLiteral("ui"));
    const QString tray = make(k, QStringLiteral("Tray icon states: idle, running, attention"),
                              QStringLiteral("designer"), 1, QStringLiteral("ui"));
    k.claimTask(tray);
    k.requestReview(tray, QStringLiteral("Three icons, one tooltip"));
    // Archived.
    const QString old = make(k, QStringLiteral("Old prototype in Electron"), {}, 0);
    k.archiveTask(old);
    clock.advance(900);
    Q_UNUSED(stale)
    return spec;
}

} // namespace BoardSeed

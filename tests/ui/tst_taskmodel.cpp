// The board's SQL model and its column proxies: what the cards get,
// staleness through the injected clock, and that nothing writes.
#include "tests/ui/UiTestSupport.h"

#include "model/Sql.h"
#include "model/Staleness.h"
#include "model/Types.h"
#include "ui/board/CardDelegate.h"

#include <QListView>
#include <QPainter>

class TestTaskModel : public QObject
{
    Q_OBJECT

private slots:
    void cardDataComesFromOneRefresh()
    {
        UiTestBoard tb;
        auto s = tb.openSession();
        Kernel &k = s->kernel();
        const QString p1 = tb.create(k, QStringLiteral("Parent one"));
        const QString p2 = tb.create(k, QStringLiteral("Parent two"));
        CreateOptions o;
        o.title = QStringLiteral("Child");
        o.body = QString(5000, QLatin1Char('x'));
        o.parents = {p1, p2};
        o.tenant = QStringLiteral("acme");
        const QString child = k.createTask(o).id;
        k.addComment(child, QStringLiteral("alice"), QStringLiteral("one"));
        k.addComment(child, QStringLiteral("bob"), QStringLiteral("two"));
        k.completeTask(p1);
        QAbstractItemModelTester tester(s->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        s->refresh();
        TaskTableModel *m = s->model();
        const QModelIndex i = m->index(m->rowOfId(child), 0);
        QCOMPARE(i.data(TaskTableModel::TitleRole).toString(), QStringLiteral("Child"));
        QCOMPARE(i.data(TaskTableModel::StatusRole).toString(), TaskStatus::Todo);
        QCOMPARE(i.data(TaskTableModel::WaitingCountRole).toInt(), 1);
        QCOMPARE(i.data(TaskTableModel::CommentCountRole).toInt(), 2);
        QCOMPARE(i.data(TaskTableModel::TenantRole).toString(), QStringLiteral("acme"));
        // Cards carry an excerpt, never the whole body.
        QCOMPARE(i.data(TaskTableModel::ExcerptRole).toString().size(),
                 TaskTableModel::kExcerptChars);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->assignees(), QStringList{});
        QCOMPARE(m->tenants(), QStringList{QStringLiteral("acme")});
    }

    void readsEveryRowNotOneChunk()
    {
        UiTestBoard tb;
        auto s = tb.openSession();
        Kernel &k = s->kernel();
        for (int i = 0; i < 700; ++i)
            tb.create(k, QStringLiteral("Bulk %1").arg(i));
        s->refresh();
        QCOMPARE(s->model()->rowCount(), 700);
        QVERIFY(!s->model()->canFetchMore());
        ColumnFilterProxy proxy(TaskStatus::Ready);
        proxy.setSourceModel(s->model());
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 700);
        proxy.setBoardFilter({QStringLiteral("Bulk 69"), {}, {}});
        QCOMPARE(proxy.rowCount(), 11); // 69, 690..699
    }

    void viewsCannotWrite()
    {
        UiTestBoard tb;
        auto s = tb.openSession();
        const QString id = tb.create(s->kernel(), QStringLiteral("Keep me"));
        s->refresh();
        TaskTableModel *m = s->model();
        QVERIFY(!m->setData(m->index(0, m->fieldIndex(QStringLiteral("title"))),
                            QStringLiteral("changed")));
        QVERIFY(!m->removeRows(0, 1));
        QVERIFY(!m->insertRows(0, 1));
        QVERIFY(!m->removeColumns(0, 1));
        QVERIFY(!(m->flags(m->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(m->submitAll());
        QCOMPARE(s->kernel().task(id)->title, QStringLiteral("Keep me"));
    }

    void stalenessTiers_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("tier");
        const qint64 h = 3600, d = 86400;
        QTest::newRow("running 9m") << TaskStatus::Running << 9 * 60LL << int(Staleness::Fresh);
        QTest::newRow("running 10m") << TaskStatus::Running << 10 * 60LL << int(Staleness::Amber);
        QTest::newRow("running 59m") << TaskStatus::Running << 59 * 60LL << int(Staleness::Amber);
        QTest::newRow("running 60m") << TaskStatus::Running << h << int(Staleness::Red);
        QTest::newRow("ready 59m") << TaskStatus::Ready << h - 60 << int(Staleness::Fresh);
        QTest::newRow("ready 1h") << TaskStatus::Ready << h << int(Staleness::Amber);
        QTest::newRow("ready 24h") << TaskStatus::Ready << d << int(Staleness::Red);
        QTest::newRow("todo 6d") << TaskStatus::Todo << 6 * d << int(Staleness::Fresh);
        QTest::newRow("todo 7d") << TaskStatus::Todo << 7 * d << int(Staleness::Amber);
        QTest::newRow("todo 30d") << TaskStatus::Todo << 30 * d << int(Staleness::Red);
        QTest::newRow("blocked 1h") << TaskStatus::Blocked << h << int(Staleness::Amber);
        QTest::newRow("blocked 24h") << TaskStatus::Blocked << d << int(Staleness::Red);
        QTest::newRow("triage 90d") << TaskStatus::Triage << 90 * d << int(Staleness::Fresh);
        QTest::newRow("review 90d") << TaskStatus::Review << 90 * d << int(Staleness::Fresh);
        QTest::newRow("done 90d") << TaskStatus::Done << 90 * d << int(Staleness::Fresh);
    }

    void stalenessTiers()
    {
        QFETCH(QString, status);
        QFETCH(qint64, age);
        QFETCH(int, tier);
        UiTestBoard tb;
        auto s = tb.openSession();
        Kernel &k = s->kernel();
        const QString parent = tb.create(k, QStringLiteral("Parent"));
        const QString id =
            tb.create(k, QStringLiteral("Aging"), QStringLiteral("alice"), 0,
                      status == TaskStatus::Todo ? QStringList{parent} : QStringList{},
                      status == TaskStatus::Triage);
        if (status == TaskStatus::Running || status == TaskStatus::Review) {
            tb.clock.advance(5000); // a run starts later than the task was made
            QVERIFY(k.claimTask(id));
        }
        if (status == TaskStatus::Review)
            QVERIFY(k.requestReview(id, QStringLiteral("look")));
        if (status == TaskStatus::Blocked)
            QVERIFY(k.blockTask(id, QStringLiteral("why")));
        if (status == TaskStatus::Done)
            QVERIFY(k.completeTask(id));
        QCOMPARE(UiTest::statusOf(k, id), status);
        tb.clock.advance(age);
        s->refresh();
        const QModelIndex i = s->model()->index(s->model()->rowOfId(id), 0);
        QCOMPARE(i.data(TaskTableModel::StalenessRole).toInt(), tier);
        if (status == TaskStatus::Running)
            QCOMPARE(i.data(TaskTableModel::ElapsedRole).toLongLong(), age);
    }

    void cardCountsDownToTheRetry()
    {
        UiTestBoard tb;
        auto s = tb.openSession();
        const QString id = tb.create(s->kernel(), QStringLiteral("Flaky"), QStringLiteral("bob"));
        const QString other = tb.create(s->kernel(), QStringLiteral("Fine"), QStringLiteral("bob"));
        // What a failed attempt leaves: ready, waiting until cooldown_until.
        Sql::exec(s->board().db(),
                  QStringLiteral("UPDATE tasks SET consecutive_failures = 1, cooldown_until = ?"
                                 " WHERE id = ?"),
                  {tb.clock.now() + 100, id});
        s->refresh();
        TaskTableModel *m = s->model();
        const QModelIndex i = m->index(m->rowOfId(id), 0);
        QCOMPARE(i.data(TaskTableModel::RetryInRole).toLongLong(), 100);
        QCOMPARE(m->index(m->rowOfId(other), 0).data(TaskTableModel::RetryInRole).toLongLong(), -1);
        QCOMPARE(m->latestRetryAt(), tb.clock.now() + 100);
        // The countdown takes a footer row on the card.
        CardDelegate delegate;
        QStyleOptionViewItem opt;
        const QModelIndex fine = m->index(m->rowOfId(other), 0);
        QVERIFY(delegate.sizeHint(opt, i).height() > delegate.sizeHint(opt, fine).height());
        QCOMPARE(CardDelegate::formatCountdown(100), QStringLiteral("1m 40s"));
        tb.clock.advance(100); // the wait is over: no countdown
        QCOMPARE(i.data(TaskTableModel::RetryInRole).toLongLong(), -1);
        QCOMPARE(delegate.sizeHint(opt, i).height(), delegate.sizeHint(opt, fine).height());
    }

    void cardTitleShowsControlsAsEscapes()
    {
        // A worker's ESC or bidi override is shown, not drawn as a missing
        // glyph or left to reorder the card's text.
        QCOMPARE(CardDelegate::displayTitle(QStringLiteral("fix\x1b[31m  red\nnow")),
                 QStringLiteral("fix\\x1b[31m red now"));
        QCOMPARE(CardDelegate::displayTitle(QStringLiteral("a\u202Eb")),
                 QStringLiteral("a\\u202eb"));
    }

    void staleBorderIsPainted_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("amber") << 2 * 3600LL << QColor(0xd4, 0xb3, 0x48);
        QTest::newRow("red") << 2 * 86400LL << QColor(0xe5, 0x48, 0x4d);
    }

    void staleBorderIsPainted()
    {
        QFETCH(qint64, age);
        QFETCH(QColor, expected);
        UiTestBoard tb;
        Theme::apply(Theme::Mode::Light);
        auto s = tb.openSession();
        tb.create(s->kernel(), QStringLiteral("Waiting for a worker"), QStringLiteral("alice"));
        tb.clock.advance(age);
        s->refresh();
        QListView view;
        view.setModel(s->model());
        view.resize(280, 200);
        CardDelegate delegate;
        QStyleOptionViewItem opt;
        opt.initFrom(&view);
        opt.widget = &view;
        const QModelIndex i = s->model()->index(0, 0);
        const QSize size = delegate.sizeHint(opt, i);
        opt.rect = QRect(QPoint(0, 0), size);
        QImage img(size, QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, opt, i);
        p.end();
        const QRect card = CardDelegate::cardRect(opt.rect);
        const QColor left = img.pixelColor(card.left(), card.center().y());
        QVERIFY2(qAbs(left.red() - expected.red()) < 40 &&
                     qAbs(left.green() - expected.green()) < 40 &&
                     qAbs(left.blue() - expected.blue()) < 40,
                 qPrintable(left.name()));
    }

    // The reviewer rides with the card, and its chip ("review: NAME",
    // outlined in the review violet) shows on the card.
    void reviewerChipIsPainted()
    {
        UiTestBoard tb;
        Theme::apply(Theme::Mode::Light);
        auto s = tb.openSession();
        Kernel &k = s->kernel();
        CreateOptions o;
        o.title = QStringLiteral("Reviewed work");
        o.assignee = QStringLiteral("alice");
        o.reviewer = QStringLiteral("critic");
        const QString reviewed = k.createTask(o).id;
        const QString plain = tb.create(k, QStringLiteral("Plain work"), QStringLiteral("alice"));
        s->refresh();
        TaskTableModel *m = s->model();
        QCOMPARE(m->index(m->rowOfId(reviewed), 0).data(TaskTableModel::ReviewerRole).toString(),
                 QStringLiteral("critic"));
        QVERIFY(
            m->index(m->rowOfId(plain), 0).data(TaskTableModel::ReviewerRole).toString().isEmpty());
        QListView view;
        view.setModel(m);
        view.resize(300, 200);
        CardDelegate delegate;
        const QColor violet = Theme::statusColor(TaskStatus::Review);
        auto violetPixels = [&](const QString &id) {
            QStyleOptionViewItem opt;
            opt.initFrom(&view);
            opt.widget = &view;
            const QModelIndex i = m->index(m->rowOfId(id), 0);
            opt.rect = QRect(QPoint(0, 0), delegate.sizeHint(opt, i));
            QImage img(opt.rect.size(), QImage::Format_ARGB32);
            img.fill(Qt::white);
            QPainter p(&img);
            delegate.paint(&p, opt, i);
            p.end();
            int n = 0;
            for (int y = 0; y < img.height(); ++y) {
                for (int x = 0; x < img.width(); ++x) {
                    const QColor c = img.pixelColor(x, y);
                    n += qAbs(c.hue() - violet.hue()) < 12 && c.saturation() > 60 ? 1 : 0;
                }
            }
            return n;
        };
        QVERIFY2(violetPixels(reviewed) > 40, qPrintable(QString::number(violetPixels(reviewed))));
        QCOMPARE(violetPixels(plain), 0);
    }
};

QTEST_MAIN(TestTaskModel)
#include "tst_taskmodel.moc"

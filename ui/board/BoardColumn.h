#pragma once

#include <QFrame>

class CardListView;
class ColumnFilterProxy;
class ColumnHeader;

// One status column: header and the card list over its filter proxy.
class BoardColumn : public QFrame
{
    Q_OBJECT
public:
    BoardColumn(const QString &status, ColumnFilterProxy *proxy, QWidget *parent = nullptr);

    QString status() const { return m_status; }
    CardListView *view() const { return m_view; }
    ColumnFilterProxy *proxy() const { return m_proxy; }
    ColumnHeader *header() const { return m_header; }
    // total: the column's cards before the filter.
    void updateCount(int total);
    int total() const { return m_total; }

    static constexpr int kMinWidth = 188;
    static constexpr int kMaxWidth = 380;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleName();

    QString m_status;
    ColumnFilterProxy *m_proxy;
    ColumnHeader *m_header;
    CardListView *m_view;
    int m_total = 0;
};

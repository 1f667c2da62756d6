#pragma once

#include <QWidget>

class QMenu;
class QToolButton;

// A column's header: the status dot, the name and the card count, and a
// "+" button on the columns where new tasks can start. With a WIP limit
// the count reads "n / limit", marked when over it. Its menu (right-click
// or the menu button) sets and clears the limit.
class ColumnHeader : public QWidget
{
    Q_OBJECT
public:
    ColumnHeader(const QString &status, bool canCreate, QWidget *parent = nullptr);

    void setCount(int shown, int total);
    int count() const { return m_shown; }
    // 0: no limit.
    void setLimit(int limit);
    int limit() const { return m_limit; }
    bool isOverLimit() const { return m_limit > 0 && m_total > m_limit; }
    // What the count pill shows ("3", "2/5", "4 / 3").
    QString countText() const;
    // The menu of the header (built on first use).
    QMenu *menu();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void createRequested();
    void setLimitRequested();
    void clearLimitRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateTexts();
    int buttonsLeft() const;

    QString m_status;
    int m_shown = 0;
    int m_total = 0;
    int m_limit = 0;
    QToolButton *m_add = nullptr;
    QToolButton *m_more = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_setLimit = nullptr;
    QAction *m_clearLimit = nullptr;
};

#pragma once

#include <QWidget>

class QToolButton;

// A column's header: the status dot, the name and the card count, and a
// "+" button on the columns where new tasks can start.
class ColumnHeader : public QWidget
{
    Q_OBJECT
public:
    ColumnHeader(const QString &status, bool canCreate, QWidget *parent = nullptr);

    void setCount(int shown, int total);
    int count() const { return m_shown; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void createRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QString m_status;
    int m_shown = 0;
    int m_total = 0;
    QToolButton *m_add = nullptr;
};

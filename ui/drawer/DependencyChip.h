#pragma once

#include <QWidget>

class QToolButton;

// A parent or child in the drawer: status dot, id and title. Clicking it
// opens that task; the × removes the link.
class DependencyChip : public QWidget
{
    Q_OBJECT
public:
    DependencyChip(const QString &id, const QString &title, const QString &status,
                   QWidget *parent = nullptr);

    QString taskId() const { return m_id; }
    QSize sizeHint() const override;

signals:
    void openRequested(const QString &id);
    void unlinkRequested(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_id;
    QString m_title;
    QString m_status;
    QToolButton *m_remove;
    bool m_hover = false;
};

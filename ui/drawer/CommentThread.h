#pragma once

#include "model/Types.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class MarkdownBrowser;

// The drawer's comment thread, newest at the bottom, and the add box
// (Enter posts, Shift+Enter starts a new line).
class CommentThread : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 200;
    static constexpr int kBodyChars = 20000; // of one comment, rendered

    explicit CommentThread(QWidget *parent = nullptr);

    void setComments(const QList<Comment> &comments, int total, qint64 now);
    QPlainTextEdit *editor() const { return m_edit; }
    QString threadText() const;
    void clearEditor();
    void retranslate();
    MarkdownBrowser *thread() const { return m_thread; }
    // Forgets what is shown (and the draft): the next setComments draws again.
    void reset();

signals:
    void submitRequested(const QString &body);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void render(const QList<Comment> &comments, qint64 now);

    MarkdownBrowser *m_thread;
    QPlainTextEdit *m_edit;
    QPushButton *m_post;
    QLabel *m_more;
    qint64 m_lastId = -1;
    int m_lastCount = -1;
};

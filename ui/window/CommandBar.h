#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Ctrl+K: runs a headless verb from a string ("create 'Fix it' --assignee
// alice", "list --status ready") through the same verb table as
// `qkanban --headless`, and shows its output. Up and Down walk the
// history; Esc closes it.
class CommandBar : public QFrame
{
    Q_OBJECT
public:
    using Runner = std::function<QString(const QString &)>;

    explicit CommandBar(QWidget *parent = nullptr);

    void setRunner(Runner runner);
    // Prepended to every line, e.g. "--db '/path/board.db'".
    void setGlobalArgs(const QString &args);
    void popup();
    QString run(const QString &line);
    QLineEdit *input() const { return m_input; }
    QString output() const;
    void retranslate();
    static QString shellQuote(const QString &s);

signals:
    void commandFinished(const QString &line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();
    void submit();

    Runner m_runner;
    QString m_globals;
    QLineEdit *m_input;
    QPlainTextEdit *m_output;
    QLabel *m_hint;
    QStringList m_history;
    int m_historyPos = 0;
};

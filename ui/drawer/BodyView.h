#pragma once

#include <QWidget>

class MarkdownBrowser;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;

// The drawer's description: the body rendered as markdown, with an edit
// mode. The body is read and parsed off the UI thread, and at most
// kDisplayChars of it are rendered (a 100 KB body must not freeze the
// board); editing works on the whole text.
class BodyView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDisplayChars = 100 * 1024;

    explicit BodyView(QWidget *parent = nullptr);

    // Loads (again) in the background; same text: nothing is redrawn.
    void load(const QString &dbPath, const QString &taskId);
    bool isEditing() const;
    void startEditing();
    void cancelEditing();
    QString renderedText() const;
    bool isLoading() const { return m_loading; }
    void retranslate();
    MarkdownBrowser *browser() const { return m_browser; }

signals:
    void saveRequested(const QString &taskId, const QString &body);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Result;
    void fitHeight();
    void showPage(QWidget *page);
    void present(const Result &result);
    void updateNote();

    QString m_taskId;
    QString m_text; // the whole body
    qint64 m_total = 0;
    bool m_truncated = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QLabel *m_note;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QWidget *m_pages;
    QWidget *m_page = nullptr;
    MarkdownBrowser *m_browser;
    QPlainTextEdit *m_editor;
    QLabel *m_empty;
    QLabel *m_heading;
};

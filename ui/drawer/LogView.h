#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

// The live worker log: the last kTailBytes of the file, read off the UI
// thread, then followed as it grows. It follows the end while the view
// is scrolled to the bottom and pauses when the user scrolls up. When the
// start of the file is cut, the file's path is shown.
class LogView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kTailBytes = 100 * 1024;

    explicit LogView(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const { return m_path; }
    // Follows the file while active (the drawer is open on this tab).
    void setActive(bool active);
    QString text() const;
    bool isTruncated() const { return m_truncated; }
    bool isPaused() const;
    bool isLoading() const { return m_loading; }
    QString infoText() const;
    void retranslate();

signals:
    void loaded();

private:
    void reload();
    void poll();
    // The one way a read runs: read() off the UI thread, then apply(its
    // chunk) on it, unless a later read started meanwhile.
    template <typename Read, typename Apply> void readAsync(Read read, Apply apply);
    void append(const QString &text);
    void updateInfo();

    QString m_path;
    QLabel *m_info;
    QLabel *m_paused;
    QPlainTextEdit *m_text;
    QTimer *m_timer;
    qint64 m_offset = 0; // where the next read starts
    qint64 m_fileSize = 0;
    qint64 m_shown = 0; // characters in the view
    bool m_truncated = false;
    bool m_exists = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

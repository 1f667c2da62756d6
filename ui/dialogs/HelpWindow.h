#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QListWidget;
class QTextBrowser;

// The user guide (docs/guide, embedded as qrc:/docs/guide/*.md) in a
// window of its own: the contents on the left, the page on the right.
// Links between guide pages open in place with Back and Forward; web
// links open in the desktop's browser.
class HelpWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    static QUrl indexUrl();
    // A guide page (a qrc:/docs/… URL, or one relative to the current page).
    void showPage(const QUrl &url);
    QUrl currentPage() const;
    // The first heading of the page shown.
    QString pageHeading() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);
    void pageLoaded(const QUrl &page);
    void fillContents();
    void retranslate();

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QLabel *m_note;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_home;
    QAction *m_close;
    QUrl m_page; // sourceChanged comes before QTextBrowser::source() follows
};

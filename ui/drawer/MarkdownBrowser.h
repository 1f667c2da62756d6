#pragma once

#include <QTextBrowser>

// Shows a task body or comments as rendered markdown. Links open in the
// browser only for http(s) and mailto; images and other resources are never
// fetched (a body cannot make the board read local files). Block quotes get
// a bar on their left (see MarkdownStyle).
class MarkdownBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // The viewport rectangles of the quote bars drawn (for tests).
    QList<QRect> quoteBars() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

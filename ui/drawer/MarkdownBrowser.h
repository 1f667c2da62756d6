#pragma once

#include <QTextBrowser>

// Shows a task body as rendered markdown. Links open in the browser only
// for http(s) and mailto; images and other resources are never fetched
// (a body cannot make the board read local files).
class MarkdownBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

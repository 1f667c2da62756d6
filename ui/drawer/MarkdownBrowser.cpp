#include "ui/drawer/MarkdownBrowser.h"

#include "ui/drawer/MarkdownStyle.h"
#include "ui/style/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

MarkdownBrowser::MarkdownBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

QVariant MarkdownBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

QList<QRect> MarkdownBrowser::quoteBars() const
{
    QList<QRect> bars;
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const QPoint offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int margin = int(doc->documentMargin());
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
        if (level <= 0)
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        for (int i = 0; i < level; ++i) {
            const int x = margin + i * MarkdownStyle::kQuoteIndent + 4;
            bars << QRect(QPoint(x, int(r.top())) - offset, QSize(3, int(std::ceil(r.height()))));
        }
    }
    return bars;
}

void MarkdownBrowser::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    const QList<QRect> bars = quoteBars();
    if (bars.isEmpty())
        return;
    QPainter p(viewport());
    const QColor bar =
        Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.3);
    for (const QRect &r : bars)
        if (r.intersects(event->rect()))
            p.fillRect(r, bar);
}

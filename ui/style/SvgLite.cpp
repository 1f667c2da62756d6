#include "ui/style/SvgLite.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

QList<qreal> numbers(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"));
    QList<qreal> out;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        out << it.next().captured(0).toDouble();
    return out;
}

qreal num(const QXmlStreamAttributes &a, const char *name, qreal def = 0)
{
    const QString v = a.value(QLatin1String(name)).toString();
    const QList<qreal> n = numbers(v);
    return n.isEmpty() ? def : n.first();
}

} // namespace

SvgLite SvgLite::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fromData(f.readAll());
}

SvgLite::Paint SvgLite::parsePaint(const QString &value)
{
    Paint p;
    const QString v = value.trimmed();
    if (v == QLatin1String("none"))
        p.none = true;
    else if (v == QLatin1String("currentColor"))
        p.current = true;
    else
        p.color = QColor::fromString(v);
    return p;
}

QPainterPath SvgLite::parsePath(const QString &d)
{
    static const QRegularExpression tokenRe(
        QStringLiteral(R"(([MmLlHhVvCcSsQqTtZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))"));
    QPainterPath path;
    QList<qreal> args;
    QChar cmd;
    QPointF cur, start, lastCtrl;
    QChar lastCmd;
    auto flush = [&](QChar c, const QList<qreal> &a) {
        const bool rel = c.isLower();
        const QChar u = c.toUpper();
        int i = 0;
        auto pt = [&](int k) { return QPointF(a[k], a[k + 1]) + (rel ? cur : QPointF()); };
        do {
            if (u == QLatin1Char('M') && i + 1 < a.size()) {
                cur = pt(i);
                i += 2;
                if (i == 2) {
                    path.moveTo(cur);
                    start = cur;
                } else {
                    path.lineTo(cur);
                }
            } else if (u == QLatin1Char('L') && i + 1 < a.size()) {
                cur = pt(i);
                path.lineTo(cur);
                i += 2;
            } else if (u == QLatin1Char('H') && i < a.size()) {
                cur.setX(a[i] + (rel ? cur.x() : 0));
                path.lineTo(cur);
                i += 1;
            } else if (u == QLatin1Char('V') && i < a.size()) {
                cur.setY(a[i] + (rel ? cur.y() : 0));
                path.lineTo(cur);
                i += 1;
            } else if (u == QLatin1Char('C') && i + 5 < a.size()) {
                const QPointF c1 = pt(i), c2 = pt(i + 2), e = pt(i + 4);
                path.cubicTo(c1, c2, e);
                lastCtrl = c2;
                cur = e;
                i += 6;
            } else if (u == QLatin1Char('S') && i + 3 < a.size()) {
                const bool smooth =
                    lastCmd.toUpper() == QLatin1Char('C') || lastCmd.toUpper() == QLatin1Char('S');
                const QPointF c1 = smooth ? 2 * cur - lastCtrl : cur;
                const QPointF c2 = pt(i), e = pt(i + 2);
                path.cubicTo(c1, c2, e);
                lastCtrl = c2;
                cur = e;
                i += 4;
            } else if (u == QLatin1Char('Q') && i + 3 < a.size()) {
                const QPointF c = pt(i), e = pt(i + 2);
                path.quadTo(c, e);
                lastCtrl = c;
                cur = e;
                i += 4;
            } else if (u == QLatin1Char('T') && i + 1 < a.size()) {
                const bool smooth =
                    lastCmd.toUpper() == QLatin1Char('Q') || lastCmd.toUpper() == QLatin1Char('T');
                const QPointF c = smooth ? 2 * cur - lastCtrl : cur;
                const QPointF e = pt(i);
                path.quadTo(c, e);
                lastCtrl = c;
                cur = e;
                i += 2;
            } else if (u == QLatin1Char('Z')) {
                path.closeSubpath();
                cur = start;
                break;
            } else {
                break;
            }
            lastCmd = c;
        } while (i < a.size());
        lastCmd = c;
    };
    auto it = tokenRe.globalMatch(d);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            if (!cmd.isNull())
                flush(cmd, args);
            cmd = m.captured(1).at(0);
            args.clear();
        } else {
            args << m.captured(2).toDouble();
        }
    }
    if (!cmd.isNull())
        flush(cmd, args);
    return path;
}

SvgLite SvgLite::fromData(const QByteArray &data)
{
    SvgLite svg;
    QXmlStreamReader xml(data);
    // Inherited presentation attributes, one level per open element.
    QList<QHash<QString, QString>> stack{{{QStringLiteral("fill"), QStringLiteral("#000")}}};
    static const QStringList styleAttrs{QStringLiteral("fill"),
                                        QStringLiteral("stroke"),
                                        QStringLiteral("stroke-width"),
                                        QStringLiteral("stroke-linecap"),
                                        QStringLiteral("stroke-linejoin"),
                                        QStringLiteral("fill-rule"),
                                        QStringLiteral("opacity")};
    while (!xml.atEnd()) {
        const auto tok = xml.readNext();
        if (tok == QXmlStreamReader::EndElement) {
            if (stack.size() > 1)
                stack.removeLast();
            continue;
        }
        if (tok != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        QHash<QString, QString> st = stack.last();
        for (const QString &k : styleAttrs) {
            if (a.hasAttribute(k))
                st.insert(k, a.value(k).toString());
        }
        stack << st;
        const QStringView name = xml.name();
        if (name == QLatin1String("svg")) {
            const QList<qreal> vb = numbers(a.value(QLatin1String("viewBox")).toString());
            if (vb.size() == 4)
                svg.m_viewBox = QRectF(vb[0], vb[1], vb[2], vb[3]);
            continue;
        }
        QPainterPath p;
        if (name == QLatin1String("path")) {
            p = parsePath(a.value(QLatin1String("d")).toString());
        } else if (name == QLatin1String("circle")) {
            const qreal r = num(a, "r");
            p.addEllipse(QPointF(num(a, "cx"), num(a, "cy")), r, r);
        } else if (name == QLatin1String("ellipse")) {
            p.addEllipse(QPointF(num(a, "cx"), num(a, "cy")), num(a, "rx"), num(a, "ry"));
        } else if (name == QLatin1String("rect")) {
            const QRectF r(num(a, "x"), num(a, "y"), num(a, "width"), num(a, "height"));
            const qreal rx = num(a, "rx", num(a, "ry"));
            p.addRoundedRect(r, rx, num(a, "ry", rx));
        } else if (name == QLatin1String("line")) {
            p.moveTo(num(a, "x1"), num(a, "y1"));
            p.lineTo(num(a, "x2"), num(a, "y2"));
        } else if (name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            const QList<qreal> n = numbers(a.value(QLatin1String("points")).toString());
            for (int i = 0; i + 1 < n.size(); i += 2) {
                if (i == 0)
                    p.moveTo(n[i], n[i + 1]);
                else
                    p.lineTo(n[i], n[i + 1]);
            }
            if (name == QLatin1String("polygon"))
                p.closeSubpath();
        } else {
            continue;
        }
        Shape s;
        s.path = p;
        if (st.value(QStringLiteral("fill-rule")) == QLatin1String("evenodd"))
            s.path.setFillRule(Qt::OddEvenFill);
        else
            s.path.setFillRule(Qt::WindingFill);
        s.fill = parsePaint(st.value(QStringLiteral("fill"), QStringLiteral("none")));
        s.stroke = parsePaint(st.value(QStringLiteral("stroke"), QStringLiteral("none")));
        s.strokeWidth = st.value(QStringLiteral("stroke-width"), QStringLiteral("1")).toDouble();
        const QString cap = st.value(QStringLiteral("stroke-linecap"));
        s.cap = cap == QLatin1String("round")    ? Qt::RoundCap
                : cap == QLatin1String("square") ? Qt::SquareCap
                                                 : Qt::FlatCap;
        const QString join = st.value(QStringLiteral("stroke-linejoin"));
        s.join = join == QLatin1String("round")   ? Qt::RoundJoin
                 : join == QLatin1String("bevel") ? Qt::BevelJoin
                                                  : Qt::MiterJoin;
        s.opacity = st.value(QStringLiteral("opacity"), QStringLiteral("1")).toDouble();
        svg.m_shapes << s;
    }
    return svg;
}

void SvgLite::render(QPainter *painter, const QRectF &target, const QColor &currentColor) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal scale =
        qMin(target.width() / m_viewBox.width(), target.height() / m_viewBox.height());
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-m_viewBox.center());
    auto colorOf = [&](const Paint &p) { return p.current ? currentColor : p.color; };
    for (const Shape &s : m_shapes) {
        painter->setOpacity(s.opacity);
        if (!s.fill.none)
            painter->fillPath(s.path, colorOf(s.fill));
        if (!s.stroke.none) {
            QPen pen(colorOf(s.stroke), s.strokeWidth, Qt::SolidLine, s.cap, s.join);
            painter->strokePath(s.path, pen);
        }
    }
    painter->restore();
}

#include "model/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

Json Json::array()
{
    Json j;
    j.m_type = Type::Array;
    j.m_items = std::make_shared<std::vector<Json>>();
    return j;
}

Json Json::object()
{
    Json j;
    j.m_type = Type::Object;
    j.m_members = std::make_shared<std::vector<std::pair<QString, Json>>>();
    return j;
}

Json Json::fromVariant(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Json(v.toLongLong());
    case QMetaType::Double:
        return Json(v.toDouble());
    case QMetaType::Bool:
        return Json(v.toBool());
    default:
        return Json(v.toString());
    }
}

Json Json::fromQt(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return Json(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9e15)
            return Json(qint64(d));
        return Json(d);
    }
    case QJsonValue::String:
        return Json(v.toString());
    case QJsonValue::Array: {
        Json a = array();
        for (const auto &item : v.toArray())
            a << fromQt(item);
        return a;
    }
    case QJsonValue::Object: {
        Json o = object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.set(it.key(), fromQt(it.value()));
        return o;
    }
    default:
        return {};
    }
}

Json Json::parse(const QString &text, bool keepRaw)
{
    if (text.isEmpty())
        return {};
    QJsonParseError err;
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return keepRaw ? Json(text) : Json();
    return fromQt(doc.array().at(0));
}

Json &Json::operator<<(Json v)
{
    if (m_type != Type::Array)
        *this = array();
    else if (m_items.use_count() > 1)
        m_items = std::make_shared<std::vector<Json>>(*m_items);
    m_items->push_back(std::move(v));
    return *this;
}

Json &Json::set(const QString &key, Json v)
{
    if (m_type != Type::Object)
        *this = object();
    else if (m_members.use_count() > 1)
        m_members = std::make_shared<std::vector<std::pair<QString, Json>>>(*m_members);
    for (auto &m : *m_members) {
        if (m.first == key) {
            m.second = std::move(v);
            return *this;
        }
    }
    m_members->emplace_back(key, std::move(v));
    return *this;
}

int Json::size() const
{
    if (m_type == Type::Array)
        return int(m_items->size());
    if (m_type == Type::Object)
        return int(m_members->size());
    return 0;
}

QJsonValue Json::toQt() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_int != 0);
    case Type::Int:
        return QJsonValue(m_int);
    case Type::Double:
        return QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const auto &i : *m_items)
            a.append(i.toQt());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const auto &m : *m_members)
            o.insert(m.first, m.second.toQt());
        return o;
    }
    }
    return {};
}

void appendJsonString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (u < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", u);
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

static void newline(QByteArray &out, int indent, int depth)
{
    out.append('\n');
    out.append(QByteArray(indent * depth, ' '));
}

void Json::write(QByteArray &out, int indent, int depth) const
{
    switch (m_type) {
    case Type::Null:
        out.append("null");
        return;
    case Type::Bool:
        out.append(m_int ? "true" : "false");
        return;
    case Type::Int:
        out.append(QByteArray::number(m_int));
        return;
    case Type::Double:
        if (std::isfinite(m_double))
            out.append(QByteArray::number(m_double, 'g', 17));
        else
            out.append("null");
        return;
    case Type::String:
        appendJsonString(out, m_string);
        return;
    case Type::Array: {
        if (m_items->empty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        bool first = true;
        for (const auto &i : *m_items) {
            if (!first)
                out.append(indent > 0 ? "," : ", ");
            first = false;
            if (indent > 0)
                newline(out, indent, depth + 1);
            i.write(out, indent, depth + 1);
        }
        if (indent > 0)
            newline(out, indent, depth);
        out.append(']');
        return;
    }
    case Type::Object: {
        if (m_members->empty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        bool first = true;
        for (const auto &m : *m_members) {
            if (!first)
                out.append(indent > 0 ? "," : ", ");
            first = false;
            if (indent > 0)
                newline(out, indent, depth + 1);
            appendJsonString(out, m.first);
            out.append(": ");
            m.second.write(out, indent, depth + 1);
        }
        if (indent > 0)
            newline(out, indent, depth);
        out.append('}');
        return;
    }
    }
}

QByteArray Json::dump(int indent) const
{
    QByteArray out;
    write(out, indent, 0);
    return out;
}

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

// An ordered JSON value: keys keep insertion order, as Python's json.dumps
// does, so --json output reads like the original's.
class Json
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array, Object };

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_type(Type::Bool), m_int(b) {}
    Json(int i) : m_type(Type::Int), m_int(i) {}
    Json(qint64 i) : m_type(Type::Int), m_int(i) {}
    Json(double d) : m_type(Type::Double), m_double(d) {}
    Json(const QString &s) : m_type(Type::String), m_string(s) {}
    Json(const char *s) : m_type(Type::String), m_string(QString::fromUtf8(s)) {}

    static Json array();
    static Json object();
    static Json fromVariant(const QVariant &v); // null QVariant -> null
    static Json fromQt(const QJsonValue &v);
    static Json orNull(const QString &s) { return s.isNull() ? Json() : Json(s); }
    // Parses a JSON text; invalid or empty text gives the raw string when
    // keepRaw is set, null otherwise.
    static Json parse(const QString &text, bool keepRaw = false);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }

    Json &operator<<(Json v); // append to an array
    Json &set(const QString &key, Json v);
    int size() const;

    QJsonValue toQt() const;
    // indent > 0: pretty, like json.dumps(indent=N). indent == 0: one line
    // with ", " and ": " separators, like json.dumps().
    QByteArray dump(int indent = 2) const;

private:
    void write(QByteArray &out, int indent, int depth) const;

    Type m_type = Type::Null;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::shared_ptr<std::vector<Json>> m_items;
    std::shared_ptr<std::vector<std::pair<QString, Json>>> m_members;
};

void appendJsonString(QByteArray &out, const QString &s);

#include "JsonDuplicateKeys.h"

#include "sync/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mlc {

namespace {

struct Container
{
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    qsizetype index = 0;
    bool expectingKey = false;
    QString currentKey;

    QString childPath() const
    {
        return isObject ? JsonPath::key(path, currentKey) : JsonPath::index(path, index);
    }
};

// Decodes a JSON string token (quotes included). Escapes are rare in keys, so QJsonDocument decodes those.
QString decodeString(const QByteArray& token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
}

qsizetype endOfString(const QByteArray& json, qsizetype openingQuote)
{
    qsizetype at = openingQuote + 1;
    while (at < json.size() && json.at(at) != '"')
        at += json.at(at) == '\\' ? 2 : 1;
    return at;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray& json)
        : m_json(json)
    {}

    QList<ProfileError> run()
    {
        for (qsizetype at = 0; at < m_json.size(); ++at) {
            const char c = m_json.at(at);
            if (c == '"') {
                const qsizetype end = endOfString(m_json, at);
                onString(decodeString(m_json.mid(at, end - at + 1)));
                at = end;
            } else if (c == '{' || c == '[') {
                open(c == '{');
            } else if ((c == '}' || c == ']') && !m_stack.isEmpty()) {
                m_stack.removeLast();
            } else if (c == ',' && !m_stack.isEmpty()) {
                Container& top = m_stack.last();
                ++top.index;
                top.expectingKey = top.isObject;
            } else if (c == ':' && !m_stack.isEmpty()) {
                m_stack.last().expectingKey = false;
            }
        }
        return m_errors;
    }

private:
    void open(bool isObject)
    {
        const QString path = m_stack.isEmpty() ? QString() : m_stack.last().childPath();
        m_stack.append(Container{isObject, path, {}, 0, isObject, {}});
    }

    void onString(const QString& text)
    {
        if (m_stack.isEmpty() || !m_stack.last().expectingKey)
            return;
        Container& top = m_stack.last();
        top.currentKey = text;
        if (top.keys.contains(text)) {
            m_errors.append(ProfileError{
                top.childPath(),
                QCoreApplication::translate("mlc", "this key appears more than once in the same object; "
                                                   "keep only one, because only the last would count")});
        }
        top.keys.insert(text);
    }

    const QByteArray& m_json;
    QList<Container> m_stack;
    QList<ProfileError> m_errors;
};

} // namespace

QList<ProfileError> JsonDuplicateKeys::find(const QByteArray& validJson)
{
    return Scanner(validJson).run();
}

} // namespace mlc

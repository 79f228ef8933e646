#include "JsonPath.h"

#include "sync/JsonTextWriter.h"

#include <QRegularExpression>

namespace mlc {

namespace {

bool isPlainName(const QString& key)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return plainName.match(key).hasMatch();
}

QString quoted(const QString& text)
{
    return QString::fromUtf8(JsonTextWriter::encodeScalar(text));
}

} // namespace

QString JsonPath::key(const QString& parent, const QString& key)
{
    if (!isPlainName(key))
        return parent + QLatin1Char('[') + quoted(key) + QLatin1Char(']');
    if (parent.isEmpty())
        return key;
    return parent + QLatin1Char('.') + key;
}

QString JsonPath::index(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace mlc

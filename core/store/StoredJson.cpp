#include "StoredJson.h"

#include <QJsonDocument>

namespace mlc {

QString StoredJson::toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject StoredJson::fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace mlc

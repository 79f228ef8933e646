#include "ProfileWriter.h"

#include "sync/JsonTextWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mlc {

namespace {

using Layout = JsonTextWriter::Layout;

void writeMember(JsonTextWriter* json, const QString& key, const QJsonValue& value)
{
    json->key(key);
    json->value(value);
}

QString urlText(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded);
}

void writeBusinessCentral(JsonTextWriter* json, const BusinessCentralSettings& bc)
{
    json->key(QStringLiteral("businessCentral"));
    json->beginObject();
    writeMember(json, QStringLiteral("tenantId"), bc.tenantId);
    writeMember(json, QStringLiteral("environment"), bc.environment);
    writeMember(json, QStringLiteral("companyId"), bc.companyId);
    writeMember(json, QStringLiteral("clientId"), bc.clientId);
    writeMember(json, QStringLiteral("authorityUrl"), urlText(bc.authorityUrl));
    writeMember(json, QStringLiteral("apiBaseUrl"), urlText(bc.apiBaseUrl));
    json->endObject();
}

void writeMonday(JsonTextWriter* json, const MondaySettings& monday)
{
    json->key(QStringLiteral("monday"));
    json->beginObject();
    writeMember(json, QStringLiteral("apiUrl"), urlText(monday.apiUrl));
    writeMember(json, QStringLiteral("apiVersion"), monday.apiVersion);
    writeMember(json, QStringLiteral("mutationsPerMinute"), monday.mutationsPerMinute);
    json->endObject();
}

void writeWebhooks(JsonTextWriter* json, const WebhookSettings& webhooks)
{
    json->key(QStringLiteral("webhooks"));
    json->beginObject();
    writeMember(json, QStringLiteral("enabled"), webhooks.enabled);
    writeMember(json, QStringLiteral("listen"), webhooks.listen());
    writeMember(json, QStringLiteral("publicUrl"), urlText(webhooks.publicUrl));
    writeMember(json, QStringLiteral("tlsCertificate"), webhooks.tlsCertificate);
    writeMember(json, QStringLiteral("tlsKey"), webhooks.tlsKey);
    if (webhooks.safetySweepSeconds != WebhookSettings::kDefaultSafetySweepSeconds)
        writeMember(json, QStringLiteral("safetySweepSeconds"), webhooks.safetySweepSeconds);
    json->endObject();
}

void writeColumn(JsonTextWriter* json, const ColumnMapping& column)
{
    json->beginObject(Layout::OneLine);
    writeMember(json, QStringLiteral("field"), column.field);
    writeMember(json, QStringLiteral("column"), column.column);
    if (!column.values.isEmpty()) {
        json->key(QStringLiteral("values"));
        json->beginObject();
        for (auto it = column.values.cbegin(); it != column.values.cend(); ++it)
            writeMember(json, it.key(), it.value());
        json->endObject();
    }
    if (column.linkTo)
        writeMember(json, QStringLiteral("linkTo"), BcEntities::toString(*column.linkTo));
    if (column.createLabels)
        writeMember(json, QStringLiteral("createLabels"), true);
    json->endObject();
}

void writeMapping(JsonTextWriter* json, const Mapping& mapping)
{
    json->beginObject();
    writeMember(json, QStringLiteral("entity"), BcEntities::toString(mapping.entity));
    writeMember(json, QStringLiteral("boardId"), mapping.boardId);
    if (mapping.groupId)
        writeMember(json, QStringLiteral("groupId"), *mapping.groupId);
    writeMember(json, QStringLiteral("itemName"), mapping.itemName);
    writeMember(json, QStringLiteral("bcIdColumn"), mapping.bcIdColumn);
    writeMember(json, QStringLiteral("pollSeconds"), mapping.pollSeconds);
    writeMember(json, QStringLiteral("onDelete"), OnDeleteActions::toString(mapping.onDelete));
    json->key(QStringLiteral("columns"));
    json->beginArray();
    for (const ColumnMapping& column : mapping.columns)
        writeColumn(json, column);
    json->endArray();
    json->endObject();
}

} // namespace

QByteArray ProfileWriter::write(const Profile& profile)
{
    JsonTextWriter json;
    json.beginObject();
    writeMember(&json, QStringLiteral("version"), profile.version);
    writeBusinessCentral(&json, profile.businessCentral);
    writeMonday(&json, profile.monday);
    if (profile.webhooks)
        writeWebhooks(&json, *profile.webhooks);
    json.key(QStringLiteral("mappings"));
    json.beginArray();
    for (const Mapping& mapping : profile.mappings)
        writeMapping(&json, mapping);
    json.endArray();
    json.endObject();
    return json.finish();
}

bool ProfileWriter::writeFile(const Profile& profile, const QString& filePath, QString* error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(profile)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("mlc", "cannot write the profile file %1: %2")
                         .arg(filePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace mlc

#include "ProfileReader.h"

#include "sync/JsonDuplicateKeys.h"
#include "sync/JsonPath.h"
#include "sync/ProfileRules.h"
#include "sync/StrictJsonObject.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>

#include <functional>
#include <utility>

Q_LOGGING_CATEGORY(lcProfile, "mlc.sync.profile")

namespace mlc {

namespace {

using Presence = StrictJsonObject::Presence;
using Rule = std::function<bool(const QString&)>;

QString quoted(const QString& text)
{
    return StrictJsonObject::describe(QJsonValue(text));
}

// The whole-document checks that come before any key is looked at.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)

public:
    static std::optional<QJsonObject> rootObject(QByteArray json, QList<ProfileError>* errors)
    {
        static const QByteArray utf8Bom("\xEF\xBB\xBF");
        const qsizetype skipped = json.startsWith(utf8Bom) ? utf8Bom.size() : 0;
        json.remove(0, skipped);
        if (json.trimmed().isEmpty()) {
            errors->append({JsonPath::root(), tr("the profile is empty; expected a JSON object")});
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // QJsonDocument refuses a lone value at the top, which is valid JSON, just not a profile.
            const bool loneValue = QJsonDocument::fromJson('[' + json + ']').array().size() == 1;
            errors->append({JsonPath::root(), loneValue ? notAnObject(tr("a single value"))
                                                        : syntaxError(json, parseError, skipped)});
            return std::nullopt;
        }
        if (!document.isObject()) {
            errors->append({JsonPath::root(), notAnObject(tr("an array"))});
            return std::nullopt;
        }
        errors->append(JsonDuplicateKeys::find(json));
        return document.object();
    }

private:
    static QString notAnObject(const QString& got)
    {
        return tr("expected a JSON object at the top of the profile, got %1").arg(got);
    }

    static QString syntaxError(const QByteArray& json, const QJsonParseError& parseError, qsizetype skipped)
    {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const QByteArray before = json.left(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return tr("not valid JSON: %1 at line %2, column %3 (byte offset %4)")
            .arg(parseError.errorString())
            .arg(line)
            .arg(column)
            .arg(offset + skipped);
    }
};

// Reads the checked root object into a Profile, section by section, recording every error it meets.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    DocumentReader(QList<ProfileError>* errors, QList<ProfileError>* warnings)
        : m_errors(errors)
        , m_warnings(warnings)
    {}

    Profile read(const QJsonObject& rootObject)
    {
        const StrictJsonObject root(rootObject, QString(), m_errors);
        root.rejectUnknownKeys({QStringLiteral("version"), QStringLiteral("businessCentral"),
                                QStringLiteral("monday"), QStringLiteral("webhooks"),
                                QStringLiteral("mappings")});
        Profile profile;
        readVersion(root, &profile);
        readBusinessCentral(root, &profile.businessCentral);
        readMonday(root, &profile.monday);
        profile.webhooks = readWebhooks(root);
        profile.mappings = readMappings(root);
        checkLinksPointToMappedEntities(profile);
        return profile;
    }

private:
    struct Link
    {
        QString path;
        BcEntity entity;
    };

    void readVersion(const StrictJsonObject& root, Profile* profile)
    {
        const QString expectation = tr("the whole number %1").arg(Profile::kCurrentVersion);
        if (!root.require(QStringLiteral("version"), Presence::Required, expectation))
            return;
        const QJsonValue value = root.value(QStringLiteral("version"));
        const std::optional<qint64> version = StrictJsonObject::asWholeNumber(value);
        if (!version || *version < 1) {
            root.fail(QStringLiteral("version"),
                      tr("expected %1, got %2").arg(expectation, StrictJsonObject::describe(value)));
        } else if (*version != Profile::kCurrentVersion) {
            root.fail(QStringLiteral("version"),
                      tr("unsupported profile version %1; this ml-connector reads version %2 only")
                          .arg(*version)
                          .arg(Profile::kCurrentVersion));
        } else {
            profile->version = int(*version);
        }
    }

    void readBusinessCentral(const StrictJsonObject& root, BusinessCentralSettings* settings)
    {
        const std::optional<QJsonObject> object =
            root.childObject(QStringLiteral("businessCentral"), Presence::Required,
                             tr("an object with tenantId, environment, companyId and clientId"));
        if (!object)
            return;
        const StrictJsonObject bc(*object, root.pathOf(QStringLiteral("businessCentral")), m_errors);
        bc.rejectUnknownKeys({QStringLiteral("tenantId"), QStringLiteral("environment"),
                              QStringLiteral("companyId"), QStringLiteral("clientId"),
                              QStringLiteral("authorityUrl"), QStringLiteral("apiBaseUrl")});
        assign(&settings->tenantId,
               name(bc, QStringLiteral("tenantId"), Presence::Required,
                    tr("the Entra tenant as a domain such as contoso.onmicrosoft.com or as a GUID"),
                    &ProfileRules::isTenantId));
        assign(&settings->environment,
               name(bc, QStringLiteral("environment"), Presence::Required,
                    tr("an environment name such as Production (letters, digits, - and _)"),
                    &ProfileRules::isEnvironmentName));
        assign(&settings->companyId,
               name(bc, QStringLiteral("companyId"), Presence::Required,
                    tr("the company id as a GUID such as a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1"),
                    &ProfileRules::isGuid));
        assign(
            &settings->clientId,
            name(
                bc, QStringLiteral("clientId"), Presence::Required,
                tr("the app registration's client id as a GUID such as 11111111-2222-3333-4444-555555555555"),
                &ProfileRules::isGuid));
        assign(&settings->authorityUrl, url(bc, QStringLiteral("authorityUrl"), ProfileRules::UrlUse::Base));
        assign(&settings->apiBaseUrl, url(bc, QStringLiteral("apiBaseUrl"), ProfileRules::UrlUse::Base));
    }

    void readMonday(const StrictJsonObject& root, MondaySettings* settings)
    {
        const std::optional<QJsonObject> object =
            root.childObject(QStringLiteral("monday"), Presence::Optional, tr("an object"));
        if (!object)
            return;
        const StrictJsonObject monday(*object, root.pathOf(QStringLiteral("monday")), m_errors);
        monday.rejectUnknownKeys(
            {QStringLiteral("apiUrl"), QStringLiteral("apiVersion"), QStringLiteral("mutationsPerMinute")});
        assign(&settings->apiUrl, url(monday, QStringLiteral("apiUrl"), ProfileRules::UrlUse::Endpoint));
        assign(&settings->apiVersion,
               name(monday, QStringLiteral("apiVersion"), Presence::Optional,
                    tr("a monday API version such as 2026-07 (a year and 01, 04, 07 or 10) or current"),
                    &ProfileRules::isApiVersion));
        if (const auto perMinute = monday.wholeNumber(
                QStringLiteral("mutationsPerMinute"), Presence::Optional,
                MondaySettings::kMinMutationsPerMinute, MondaySettings::kMaxMutationsPerMinute))
            settings->mutationsPerMinute = int(*perMinute);
    }

    std::optional<WebhookSettings> readWebhooks(const StrictJsonObject& root)
    {
        const std::optional<QJsonObject> object =
            root.childObject(QStringLiteral("webhooks"), Presence::Optional, tr("an object"));
        if (!object)
            return std::nullopt;
        const StrictJsonObject hooks(*object, root.pathOf(QStringLiteral("webhooks")), m_errors);
        hooks.rejectUnknownKeys({QStringLiteral("enabled"), QStringLiteral("listen"),
                                 QStringLiteral("publicUrl"), QStringLiteral("tlsCertificate"),
                                 QStringLiteral("tlsKey"), QStringLiteral("safetySweepSeconds")});
        WebhookSettings settings;
        assign(&settings.enabled, hooks.boolean(QStringLiteral("enabled"), Presence::Optional));
        readListen(hooks, &settings);
        const bool publicUrlValid = readPublicUrl(hooks, &settings);
        if (settings.enabled && publicUrlValid && settings.publicUrl.isEmpty())
            hooks.fail(QStringLiteral("publicUrl"), tr("required when webhooks are enabled: the https URL "
                                                       "Business Central sends notifications to"));
        readTlsFiles(hooks, &settings);
        if (const auto seconds = hooks.wholeNumber(QStringLiteral("safetySweepSeconds"), Presence::Optional,
                                                   WebhookSettings::kMinSafetySweepSeconds,
                                                   WebhookSettings::kMaxSafetySweepSeconds))
            settings.safetySweepSeconds = int(*seconds);
        return settings;
    }

    void readListen(const StrictJsonObject& hooks, WebhookSettings* settings)
    {
        const QString expectation = tr("host:port with a port from 1 to 65535, such as 127.0.0.1:8787");
        const std::optional<QString> text =
            hooks.string(QStringLiteral("listen"), Presence::Optional, expectation);
        if (!text)
            return;
        const auto address = ProfileRules::parseListen(*text);
        if (!address) {
            hooks.fail(QStringLiteral("listen"), tr("expected %1, got %2").arg(expectation, quoted(*text)));
            return;
        }
        settings->listenHost = address->host;
        settings->listenPort = address->port;
    }

    // An empty publicUrl means "not set", like the empty TLS paths of the contract's example.
    bool readPublicUrl(const StrictJsonObject& hooks, WebhookSettings* settings)
    {
        const std::optional<QString> text =
            hooks.string(QStringLiteral("publicUrl"), Presence::Optional, tr("an https URL"));
        if (!text)
            return !hooks.contains(QStringLiteral("publicUrl"));
        if (text->isEmpty())
            return true;
        const QString problem = ProfileRules::urlProblem(*text, ProfileRules::UrlUse::Endpoint);
        if (!problem.isEmpty()) {
            hooks.fail(QStringLiteral("publicUrl"), problem);
            return false;
        }
        settings->publicUrl = QUrl(*text, QUrl::StrictMode);
        return true;
    }

    void readTlsFiles(const StrictJsonObject& hooks, WebhookSettings* settings)
    {
        const QString expectation = tr("the path of a PEM file, or an empty string for none");
        const auto certificate =
            hooks.string(QStringLiteral("tlsCertificate"), Presence::Optional, expectation);
        const auto key = hooks.string(QStringLiteral("tlsKey"), Presence::Optional, expectation);
        const bool certificateReadable = certificate || !hooks.contains(QStringLiteral("tlsCertificate"));
        const bool keyReadable = key || !hooks.contains(QStringLiteral("tlsKey"));
        if (!certificateReadable || !keyReadable)
            return;
        assign(&settings->tlsCertificate, certificate);
        assign(&settings->tlsKey, key);
        if (!settings->tlsCertificate.isEmpty() && settings->tlsKey.isEmpty())
            hooks.fail(
                QStringLiteral("tlsKey"),
                tr("required when tlsCertificate is set: the listener needs the certificate's private key"));
        if (settings->tlsCertificate.isEmpty() && !settings->tlsKey.isEmpty())
            hooks.fail(
                QStringLiteral("tlsCertificate"),
                tr("required when tlsKey is set: the listener needs the certificate that goes with the key"));
    }

    QList<Mapping> readMappings(const StrictJsonObject& root)
    {
        QList<Mapping> mappings;
        const std::optional<QJsonArray> array =
            root.childArray(QStringLiteral("mappings"), Presence::Optional, tr("an array of mappings"));
        if (!array)
            return mappings;
        const QString arrayPath = root.pathOf(QStringLiteral("mappings"));
        QMap<BcEntity, qsizetype> mappedAt;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = JsonPath::index(arrayPath, i);
            const QJsonValue element = array->at(i);
            if (!element.isObject()) {
                m_errors->append(
                    {path, tr("expected a mapping object, got %1").arg(StrictJsonObject::describe(element))});
                m_someEntityUnknown = true;
                continue;
            }
            const StrictJsonObject object(element.toObject(), path, m_errors);
            bool entityKnown = false;
            const Mapping mapping = readMapping(object, &entityKnown);
            if (entityKnown) {
                if (mappedAt.contains(mapping.entity)) {
                    object.fail(QStringLiteral("entity"),
                                tr("%1 is already mapped by %2; each entity can go to one board only")
                                    .arg(BcEntities::toString(mapping.entity),
                                         JsonPath::index(arrayPath, mappedAt.value(mapping.entity))));
                } else {
                    mappedAt.insert(mapping.entity, i);
                }
            }
            mappings.append(mapping);
        }
        return mappings;
    }

    Mapping readMapping(const StrictJsonObject& object, bool* entityKnown)
    {
        object.rejectUnknownKeys({QStringLiteral("entity"), QStringLiteral("boardId"),
                                  QStringLiteral("groupId"), QStringLiteral("itemName"),
                                  QStringLiteral("bcIdColumn"), QStringLiteral("pollSeconds"),
                                  QStringLiteral("onDelete"), QStringLiteral("columns")});
        Mapping mapping;
        const std::optional<BcEntity> entity =
            readEntity(object, QStringLiteral("entity"), Presence::Required);
        *entityKnown = entity.has_value();
        if (entity)
            mapping.entity = *entity;
        else
            m_someEntityUnknown = true;
        assign(&mapping.boardId,
               name(object, QStringLiteral("boardId"), Presence::Required,
                    tr("a board id made of digits only, such as \"1234567890\""), &ProfileRules::isBoardId));
        mapping.groupId = name(object, QStringLiteral("groupId"), Presence::Optional,
                               tr("a monday group id such as topics"), &ProfileRules::isMondayId);
        assign(&mapping.itemName,
               name(object, QStringLiteral("itemName"), Presence::Required,
                    tr("a Business Central field name such as number"), &ProfileRules::isFieldName));
        checkField(object, QStringLiteral("itemName"), entity, mapping.itemName);
        assign(&mapping.bcIdColumn,
               name(object, QStringLiteral("bcIdColumn"), Presence::Required,
                    tr("a monday text column id such as text_bcid"), &ProfileRules::isMondayId));
        if (const auto seconds = object.wholeNumber(QStringLiteral("pollSeconds"), Presence::Optional,
                                                    Mapping::kMinPollSeconds, Mapping::kMaxPollSeconds))
            mapping.pollSeconds = int(*seconds);
        readOnDelete(object, &mapping);
        mapping.columns = readColumns(object, mapping.bcIdColumn, entity);
        return mapping;
    }

    void readOnDelete(const StrictJsonObject& object, Mapping* mapping)
    {
        const QString expectation = tr("one of %1").arg(OnDeleteActions::names().join(QStringLiteral(", ")));
        const std::optional<QString> text =
            object.string(QStringLiteral("onDelete"), Presence::Optional, expectation);
        if (!text)
            return;
        if (const std::optional<OnDelete> onDelete = OnDeleteActions::fromString(*text))
            mapping->onDelete = *onDelete;
        else
            object.fail(QStringLiteral("onDelete"), notOneOf(expectation, *text, OnDeleteActions::names()));
    }

    QList<ColumnMapping> readColumns(const StrictJsonObject& mapping, const QString& bcIdColumn,
                                     std::optional<BcEntity> entity)
    {
        QList<ColumnMapping> columns;
        const std::optional<QJsonArray> array =
            mapping.childArray(QStringLiteral("columns"), Presence::Required,
                               tr("an array of {\"field\": ..., \"column\": ...} objects"));
        if (!array)
            return columns;
        const QString arrayPath = mapping.pathOf(QStringLiteral("columns"));
        // Which key already writes each monday column, to refuse a second writer of the same column.
        QMap<QString, QString> writtenBy;
        if (!bcIdColumn.isEmpty())
            writtenBy.insert(bcIdColumn, QStringLiteral("bcIdColumn"));
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = JsonPath::index(arrayPath, i);
            const QJsonValue element = array->at(i);
            if (!element.isObject()) {
                m_errors->append({path, tr("expected an object with field and column, got %1")
                                            .arg(StrictJsonObject::describe(element))});
                continue;
            }
            const StrictJsonObject object(element.toObject(), path, m_errors);
            ColumnMapping column = readColumn(object, entity);
            if (!column.column.isEmpty()) {
                const QString columnsKey = JsonPath::index(QStringLiteral("columns"), i);
                if (writtenBy.contains(column.column)) {
                    object.fail(
                        QStringLiteral("column"),
                        tr("column %1 is already written by %2; a monday column can hold one value only")
                            .arg(column.column, writtenBy.value(column.column)));
                } else {
                    writtenBy.insert(column.column, columnsKey);
                }
            }
            columns.append(column);
        }
        return columns;
    }

    ColumnMapping readColumn(const StrictJsonObject& object, std::optional<BcEntity> entity)
    {
        object.rejectUnknownKeys({QStringLiteral("field"), QStringLiteral("column"), QStringLiteral("values"),
                                  QStringLiteral("linkTo"), QStringLiteral("createLabels")});
        ColumnMapping column;
        assign(&column.field,
               name(object, QStringLiteral("field"), Presence::Required,
                    tr("a Business Central field name such as dueDate"), &ProfileRules::isFieldName));
        assign(&column.column, name(object, QStringLiteral("column"), Presence::Required,
                                    tr("a monday column id such as date_due"), &ProfileRules::isMondayId));
        const bool fieldKnown = checkField(object, QStringLiteral("field"), entity, column.field);
        column.values = readValues(object);
        if (fieldKnown)
            checkEnumValues(object, *entity, column);
        column.linkTo = readEntity(object, QStringLiteral("linkTo"), Presence::Optional);
        assign(&column.createLabels, object.boolean(QStringLiteral("createLabels"), Presence::Optional));
        if (column.linkTo) {
            if (object.contains(QStringLiteral("values")))
                object.fail(QStringLiteral("linkTo"),
                            tr("a column either translates values (status, dropdown) or links items "
                               "(board_relation), not both; remove values or linkTo"));
            m_links.append({object.pathOf(QStringLiteral("linkTo")), *column.linkTo});
        }
        return column;
    }

    QMap<QString, QString> readValues(const StrictJsonObject& column)
    {
        QMap<QString, QString> values;
        const std::optional<QJsonObject> object = column.childObject(
            QStringLiteral("values"), Presence::Optional,
            tr("an object of Business Central values to monday labels, such as {\"Open\": \"Approved\"}"));
        if (!object)
            return values;
        const StrictJsonObject map(*object, column.pathOf(QStringLiteral("values")), m_errors);
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (it.key().isEmpty()) {
                map.fail(it.key(), tr("expected a Business Central value as the key, got an empty key"));
            } else if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                map.fail(it.key(), tr("expected a monday label as a non-empty string, got %1")
                                       .arg(StrictJsonObject::describe(it.value())));
            } else {
                values.insert(it.key(), it.value().toString());
            }
        }
        return values;
    }

    // True when `field` is a field of `entity`; false, with an error at `key` when the catalogue does not
    // know it. Nothing to check when the entity or the field could not be read: that error is already
    // reported.
    bool checkField(const StrictJsonObject& object, const QString& key, std::optional<BcEntity> entity,
                    const QString& field)
    {
        if (!entity || field.isEmpty())
            return false;
        const QString problem = ProfileRules::fieldProblem(*entity, field);
        if (problem.isEmpty())
            return true;
        object.fail(key, problem);
        return false;
    }

    void checkEnumValues(const StrictJsonObject& column, BcEntity entity, const ColumnMapping& mapping)
    {
        const QString valuesPath = column.pathOf(QStringLiteral("values"));
        for (auto it = mapping.values.cbegin(); it != mapping.values.cend(); ++it) {
            const QString problem = ProfileRules::enumValueProblem(entity, mapping.field, it.key());
            if (!problem.isEmpty())
                m_warnings->append({JsonPath::key(valuesPath, it.key()), problem});
        }
    }

    // A warning, not an error: the contract's own example links to vendors without mapping them, and a
    // profile is often built up one mapping at a time.
    void checkLinksPointToMappedEntities(const Profile& profile)
    {
        // With a mapping whose entity could not be read, "not mapped" might be wrong; that error is enough.
        if (m_someEntityUnknown)
            return;
        for (const Link& link : std::as_const(m_links)) {
            if (!profile.mappingFor(link.entity)) {
                m_warnings->append({link.path, tr("links to %1, but no mapping maps %1, so this column stays "
                                                  "empty; add a mapping for %1 or remove linkTo")
                                                   .arg(BcEntities::toString(link.entity))});
            }
        }
    }

    std::optional<BcEntity> readEntity(const StrictJsonObject& object, const QString& key, Presence presence)
    {
        const QString expectation = tr("one of %1").arg(BcEntities::names().join(QStringLiteral(", ")));
        const std::optional<QString> text = object.string(key, presence, expectation);
        if (!text)
            return std::nullopt;
        const std::optional<BcEntity> entity = BcEntities::fromString(*text);
        if (!entity)
            object.fail(key, notOneOf(expectation, *text, BcEntities::names()));
        return entity;
    }

    // A string that names something: present when required, not empty, and shaped as `rule` wants.
    std::optional<QString> name(const StrictJsonObject& object, const QString& key, Presence presence,
                                const QString& expectation, const Rule& rule)
    {
        const std::optional<QString> text = object.string(key, presence, expectation);
        if (!text)
            return std::nullopt;
        if (!rule(*text)) {
            object.fail(key, tr("expected %1, got %2").arg(expectation, quoted(*text)));
            return std::nullopt;
        }
        return text;
    }

    std::optional<QUrl> url(const StrictJsonObject& object, const QString& key, ProfileRules::UrlUse use)
    {
        const std::optional<QString> text = object.string(key, Presence::Optional, tr("an https URL"));
        if (!text)
            return std::nullopt;
        const QString problem = ProfileRules::urlProblem(*text, use);
        if (!problem.isEmpty()) {
            object.fail(key, problem);
            return std::nullopt;
        }
        return QUrl(*text, QUrl::StrictMode);
    }

    static QString notOneOf(const QString& expectation, const QString& text, const QStringList& names)
    {
        const QString message = tr("expected %1, got %2").arg(expectation, quoted(text));
        const QString suggestion = ProfileRules::closestMatch(text, names);
        return suggestion.isEmpty() ? message : tr("%1; did you mean \"%2\"?").arg(message, suggestion);
    }

    template <typename T>
    static void assign(T* target, const std::optional<T>& value)
    {
        if (value)
            *target = *value;
    }

    QList<ProfileError>* m_errors;
    QList<ProfileError>* m_warnings;
    QList<Link> m_links;
    bool m_someEntityUnknown = false;
};

} // namespace

ProfileReadResult ProfileReader::read(const QByteArray& json)
{
    ProfileReadResult result;
    const std::optional<QJsonObject> root = DocumentCheck::rootObject(json, &result.errors);
    if (!root)
        return result;
    const Profile profile = DocumentReader(&result.errors, &result.warnings).read(*root);
    if (result.errors.isEmpty())
        result.profile = profile;
    else
        qCDebug(lcProfile) << "profile rejected with" << result.errors.size() << "errors";
    return result;
}

ProfileReadResult ProfileReader::readFile(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileReadResult result;
        result.errors.append(
            {JsonPath::root(), tr("cannot read the profile file %1: %2").arg(filePath, file.errorString())});
        return result;
    }
    // Read with a bound rather than trusting size(): a pipe or /dev/stdin reports 0 and could be endless.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes) {
        ProfileReadResult result;
        result.errors.append({JsonPath::root(), tr("the profile file %1 is larger than %2 bytes, the most a "
                                                   "profile may be")
                                                    .arg(filePath)
                                                    .arg(kMaxFileBytes)});
        return result;
    }
    return read(content);
}

} // namespace mlc

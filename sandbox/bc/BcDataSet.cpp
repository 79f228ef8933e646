#include "BcDataSet.h"

#include "BcSeedGenerator.h"

#include <QRegularExpression>
#include <QUuid>

namespace mlc::sandbox {

namespace {

const QString kId = QStringLiteral("id");
const QString kEtag = QStringLiteral("@odata.etag");
const QString kLastModified = QStringLiteral("lastModifiedDateTime");

bool sameGuid(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

BcDataSet BcDataSet::seeded(quint32 seed)
{
    BcDataSet data;
    BcSeedGenerator(seed).fill(data);
    return data;
}

QList<QJsonObject> BcDataSet::companies() const
{
    return m_companies;
}

std::optional<QJsonObject> BcDataSet::company(const QString& companyId) const
{
    for (const QJsonObject& company : m_companies) {
        if (sameGuid(company.value(kId).toString(), companyId))
            return company;
    }
    return std::nullopt;
}

const QList<QJsonObject>* BcDataSet::records(const QString& companyId, BcEntity entity) const
{
    for (const auto& [id, sets] : m_records) {
        if (!sameGuid(id, companyId))
            continue;
        const auto set = sets.find(entity);
        static const QList<QJsonObject> empty;
        return set == sets.end() ? &empty : &set->second;
    }
    return nullptr;
}

std::optional<QJsonObject> BcDataSet::record(const QString& companyId, BcEntity entity,
                                             const QString& id) const
{
    const QList<QJsonObject>* all = records(companyId, entity);
    if (!all)
        return std::nullopt;
    for (const QJsonObject& candidate : *all) {
        if (sameGuid(candidate.value(kId).toString(), id))
            return candidate;
    }
    return std::nullopt;
}

void BcDataSet::addCompany(const QJsonObject& company)
{
    m_companies.append(company);
    m_records[company.value(kId).toString()];
}

void BcDataSet::insert(const QString& companyId, BcEntity entity, QJsonObject fields)
{
    fields.insert(kEtag, nextEtag());
    m_records[companyId][entity].append(fields);
}

QString BcDataSet::create(const QString& companyId, BcEntity entity, QJsonObject fields, const QDateTime& now)
{
    if (!company(companyId))
        return {};
    const QString id = fields.value(kId).toString().isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : fields.value(kId).toString();
    fields.insert(kId, id);
    fields.insert(kLastModified, formatTimestamp(now));
    for (auto& [storedId, sets] : m_records) {
        if (sameGuid(storedId, companyId)) {
            fields.insert(kEtag, nextEtag());
            sets[entity].append(fields);
        }
    }
    return id;
}

bool BcDataSet::change(const QString& companyId, BcEntity entity, const QString& id,
                       const QJsonObject& changes, const QDateTime& now)
{
    QJsonObject* target = find(companyId, entity, id);
    if (!target)
        return false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != kId)
            target->insert(it.key(), it.value());
    }
    target->insert(kLastModified, formatTimestamp(now));
    target->insert(kEtag, nextEtag());
    return true;
}

bool BcDataSet::remove(const QString& companyId, BcEntity entity, const QString& id)
{
    for (auto& [storedId, sets] : m_records) {
        if (!sameGuid(storedId, companyId))
            continue;
        QList<QJsonObject>& list = sets[entity];
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (sameGuid(list.at(i).value(kId).toString(), id)) {
                list.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

bool BcDataSet::postDraftInvoice(const QString& companyId, BcEntity entity, const QString& id,
                                 const QString& postedNumber, const QDateTime& now)
{
    if (entity != BcEntity::PurchaseInvoices && entity != BcEntity::SalesInvoices)
        return false;
    const std::optional<QJsonObject> draft = record(companyId, entity, id);
    if (!draft || draft->value(QStringLiteral("status")).toString() != QStringLiteral("Draft"))
        return false;
    const QString today = now.date().toString(Qt::ISODate);
    return change(companyId, entity, id,
                  QJsonObject{{QStringLiteral("number"), postedNumber},
                              {QStringLiteral("status"), QStringLiteral("Open")},
                              {QStringLiteral("postingDate"), today}},
                  now);
}

QString BcDataSet::formatTimestamp(const QDateTime& utc)
{
    const QDateTime value = utc.toUTC();
    QString text = value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QString fraction = QStringLiteral("%1").arg(value.time().msec(), 3, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text + QLatin1Char('Z');
}

std::optional<QDateTime> BcDataSet::parseTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?Z$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QString fraction = (match.captured(5) + QStringLiteral("000")).left(3);
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(),
                     fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString BcDataSet::nullGuid()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

QJsonObject* BcDataSet::find(const QString& companyId, BcEntity entity, const QString& id)
{
    for (auto& [storedId, sets] : m_records) {
        if (!sameGuid(storedId, companyId))
            continue;
        for (QJsonObject& candidate : sets[entity]) {
            if (sameGuid(candidate.value(kId).toString(), id))
                return &candidate;
        }
    }
    return nullptr;
}

QString BcDataSet::nextEtag()
{
    // W/"base64('<n>;<rowversion>;00;')", the shape of newer BC ETags (spec §3.0).
    const QByteArray rowVersion = QByteArray::number(++m_rowVersion);
    const QByteArray inner = "'19;" + rowVersion + ";00;'";
    return QStringLiteral("W/\"%1\"").arg(QString::fromLatin1(inner.toBase64()));
}

} // namespace mlc::sandbox

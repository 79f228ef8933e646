#pragma once

#include "bc/BcEntity.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace mlc::sandbox {

// The records a simulated Business Central environment holds, as the JSON objects the API sends (each with
// its "@odata.etag"). Every write stamps lastModifiedDateTime and issues a new ETag, as the aggregate tables
// do.
class BcDataSet
{
public:
    // The same seed gives the same companies and records, byte for byte.
    static BcDataSet seeded(quint32 seed);

    QList<QJsonObject> companies() const;
    std::optional<QJsonObject> company(const QString& companyId) const;
    // nullptr when the company does not exist.
    const QList<QJsonObject>* records(const QString& companyId, BcEntity entity) const;
    std::optional<QJsonObject> record(const QString& companyId, BcEntity entity, const QString& id) const;

    void addCompany(const QJsonObject& company);
    // Stores `fields` as given, adding an ETag; the seed uses it with ready-made timestamps.
    void insert(const QString& companyId, BcEntity entity, QJsonObject fields);

    // Returns the new record's id, or an empty string when the company does not exist.
    QString create(const QString& companyId, BcEntity entity, QJsonObject fields, const QDateTime& now);
    bool change(const QString& companyId, BcEntity entity, const QString& id, const QJsonObject& changes,
                const QDateTime& now);
    bool remove(const QString& companyId, BcEntity entity, const QString& id);
    // Posting renames the draft aggregate row: same id, the posted number, status Open (spec §3.3, §7).
    bool postDraftInvoice(const QString& companyId, BcEntity entity, const QString& id,
                          const QString& postedNumber, const QDateTime& now);

    // UTC with a trailing Z and 0-3 fractional digits, trailing zeros dropped, as BC writes SystemModifiedAt.
    static QString formatTimestamp(const QDateTime& utc);
    static std::optional<QDateTime> parseTimestamp(const QString& text);
    static QString nullGuid();

private:
    QJsonObject* find(const QString& companyId, BcEntity entity, const QString& id);
    QString nextEtag();

    QList<QJsonObject> m_companies;
    std::map<QString, std::map<BcEntity, QList<QJsonObject>>> m_records;
    quint64 m_rowVersion = 76389358615515162ULL;
};

} // namespace mlc::sandbox

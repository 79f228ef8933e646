#include "BcLiveChanges.h"

#include "BcApiSimulator.h"

#include <QJsonObject>

namespace mlc::sandbox {

namespace {

const QString kStatus = QStringLiteral("status");

QList<QJsonObject> withStatus(const QList<QJsonObject>* records, const QString& status)
{
    QList<QJsonObject> found;
    if (!records)
        return found;
    for (const QJsonObject& record : *records) {
        if (record.value(kStatus).toString() == status)
            found.append(record);
    }
    return found;
}

} // namespace

BcLiveChanges::BcLiveChanges(BcApiSimulator& api, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_random(seed)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT changed(changeSomething()); });
}

void BcLiveChanges::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

QString BcLiveChanges::changeSomething()
{
    const QString companyId = m_api.firstCompanyId();
    QString done;
    switch (m_random.bounded(4)) {
    case 0:
        done = payInvoice(companyId);
        break;
    case 1:
        done = postDraft(companyId);
        break;
    case 2:
        done = addInvoice(companyId);
        break;
    default:
        break;
    }
    // Vendors always exist, so a change that found nothing to work on becomes a rename.
    return done.isEmpty() ? renameVendor(companyId) : done;
}

QString BcLiveChanges::payInvoice(const QString& companyId)
{
    const QList<QJsonObject> open =
        withStatus(m_api.data().records(companyId, BcEntity::PurchaseInvoices), QStringLiteral("Open"));
    if (open.isEmpty())
        return {};
    const QJsonObject invoice = open.at(m_random.bounded(int(open.size())));
    m_api.changeRecord(companyId, BcEntity::PurchaseInvoices, invoice.value(QStringLiteral("id")).toString(),
                       {{kStatus, QStringLiteral("Paid")}});
    return tr("purchase invoice %1 paid").arg(invoice.value(QStringLiteral("number")).toString());
}

QString BcLiveChanges::postDraft(const QString& companyId)
{
    const QList<QJsonObject> drafts =
        withStatus(m_api.data().records(companyId, BcEntity::PurchaseInvoices), QStringLiteral("Draft"));
    if (drafts.isEmpty())
        return {};
    const QJsonObject draft = drafts.at(m_random.bounded(int(drafts.size())));
    const QString id = draft.value(QStringLiteral("id")).toString();
    if (!m_api.postDraftInvoice(companyId, BcEntity::PurchaseInvoices, id))
        return {};
    const auto posted = m_api.data().record(companyId, BcEntity::PurchaseInvoices, id);
    return tr("draft purchase invoice %1 posted as %2")
        .arg(draft.value(QStringLiteral("number")).toString(),
             posted ? posted->value(QStringLiteral("number")).toString() : QString());
}

QString BcLiveChanges::renameVendor(const QString& companyId)
{
    const QList<QJsonObject>* vendors = m_api.data().records(companyId, BcEntity::Vendors);
    if (!vendors || vendors->isEmpty())
        return {};
    static const QStringList suffixes{QStringLiteral(" Group"), QStringLiteral(" & Partners"),
                                      QStringLiteral(" International"), QStringLiteral(" Holdings")};
    const QJsonObject vendor = vendors->at(m_random.bounded(int(vendors->size())));
    const QString before = vendor.value(QStringLiteral("displayName")).toString();
    QString after = before;
    for (const QString& suffix : suffixes) {
        if (after.endsWith(suffix))
            after.chop(suffix.size());
    }
    after += suffixes.at(m_random.bounded(int(suffixes.size())));
    m_api.changeRecord(companyId, BcEntity::Vendors, vendor.value(QStringLiteral("id")).toString(),
                       {{QStringLiteral("displayName"), after}});
    return tr("vendor %1 renamed to %2").arg(before, after);
}

QString BcLiveChanges::addInvoice(const QString& companyId)
{
    const QList<QJsonObject>* invoices = m_api.data().records(companyId, BcEntity::PurchaseInvoices);
    if (!invoices || invoices->isEmpty())
        return {};
    // A copy of an existing invoice keeps every field BC sends and a real vendor; it becomes a new draft.
    QJsonObject invoice = invoices->at(m_random.bounded(int(invoices->size())));
    invoice.remove(QStringLiteral("@odata.etag"));
    invoice.insert(QStringLiteral("id"), newGuid());
    invoice.insert(QStringLiteral("number"), QStringLiteral("%1").arg(5001 + m_created++));
    invoice.insert(QStringLiteral("postingDate"), QStringLiteral("0001-01-01"));
    invoice.insert(kStatus, QStringLiteral("Draft"));
    m_api.createRecord(companyId, BcEntity::PurchaseInvoices, invoice);
    return tr("new draft purchase invoice %1 from %2")
        .arg(invoice.value(QStringLiteral("number")).toString(),
             invoice.value(QStringLiteral("vendorName")).toString());
}

QString BcLiveChanges::newGuid()
{
    // From the seeded generator, not QUuid::createUuid, so a rerun with the same seed creates the same ids.
    const auto part = [this](int digits) {
        QString text;
        for (int i = 0; i < digits; ++i)
            text += QString::number(m_random.bounded(16), 16);
        return text;
    };
    return QStringLiteral("%1-%2-4%3-a%4-%5").arg(part(8), part(4), part(3), part(3), part(12));
}

} // namespace mlc::sandbox

#include "BcConnectionCheck.h"

#include "bc/BcApiClient.h"
#include "bc/BcCollectionReader.h"
#include "bc/BcLogging.h"
#include "bc/BcRequest.h"
#include "bc/EntraTokenSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>
#include <utility>

namespace mlc {

namespace {

// The same entity mapped to two boards is read once, with the fields of both.
QList<BcConnectionCheck::EntityFields> mergedByEntity(const QList<BcConnectionCheck::EntityFields>& entities)
{
    QList<BcConnectionCheck::EntityFields> merged;
    for (const BcConnectionCheck::EntityFields& wanted : entities) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&wanted](const auto& known) { return known.entity == wanted.entity; });
        if (it == merged.end()) {
            merged.append({wanted.entity, {}});
            it = std::prev(merged.end());
        }
        for (const QString& field : wanted.fields) {
            if (!field.isEmpty() && !it->fields.contains(field))
                it->fields.append(field);
        }
    }
    return merged;
}

QString companyLabel(const BcConnectionReport::Company& company)
{
    return company.displayName.isEmpty() ? company.id
                                         : QStringLiteral("%1 (%2)").arg(company.displayName, company.id);
}

} // namespace

BcRetrySettings BcConnectionCheck::quickRetry()
{
    BcRetrySettings retry;
    retry.maxAttempts = 2;
    retry.initialDelay = std::chrono::milliseconds(500);
    retry.maxDelay = std::chrono::milliseconds(2000);
    retry.maxServerDelay = std::chrono::milliseconds(5000);
    return retry;
}

BcConnectionCheck::BcConnectionCheck(QNetworkAccessManager* network, Clock& clock, Settings settings,
                                     QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_settings.entities = mergedByEntity(m_settings.entities);

    EntraTokenSource::Settings tokenSettings;
    tokenSettings.tokenUrl = m_settings.tokenUrl;
    tokenSettings.clientId = m_settings.clientId;
    tokenSettings.clientSecret = m_settings.clientSecret;
    tokenSettings.transferTimeout = m_settings.transferTimeout;
    m_tokens = std::make_unique<EntraTokenSource>(network, clock, tokenSettings);

    BcApiClient::Settings clientSettings;
    clientSettings.apiRoot = m_settings.apiRoot;
    clientSettings.companyId = m_settings.companyId;
    clientSettings.transferTimeout = m_settings.transferTimeout;
    clientSettings.retry = m_settings.retry;
    m_client = std::make_unique<BcApiClient>(network, m_tokens.get(), clock, clientSettings);
}

// The client goes first: its requests in flight hold the token source.
BcConnectionCheck::~BcConnectionCheck()
{
    m_client.reset();
    m_tokens.reset();
}

void BcConnectionCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = BcConnectionReport();
    m_tokens->invalidate(); // a second run checks the secret again rather than trusting a cached token
    checkToken();
}

QString BcConnectionCheck::unknownPropertyIn(const BcError& error)
{
    // BC: 400 BadRequest_NotFound "Could not find a property named 'foo' on type 'Microsoft.NAV.vendor'."
    static const QRegularExpression pattern(QStringLiteral("property named '([^']+)'"));
    if (error.kind != BcError::Kind::Http || error.httpStatus != 400)
        return QString();
    return pattern.match(error.message).captured(1);
}

void BcConnectionCheck::checkToken()
{
    // Single-shot: only this check uses the token source, but a late second answer must not count twice.
    auto ready = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    const auto disconnectBoth = [ready, failed] {
        disconnect(*ready);
        disconnect(*failed);
    };
    *ready = connect(m_tokens.get(), &EntraTokenSource::tokenReady, this, [this, disconnectBoth] {
        disconnectBoth();
        m_report.token = {true, true, QString()};
        Q_EMIT progressed(m_report);
        checkCompany();
    });
    *failed = connect(m_tokens.get(), &EntraTokenSource::failed, this,
                      [this, disconnectBoth](const TokenError& error) {
                          disconnectBoth();
                          fail(&m_report.token, error.advice);
                          finish();
                      });
    m_tokens->requestToken();
}

void BcConnectionCheck::checkCompany()
{
    if (m_settings.companyId.isEmpty()) {
        listAllCompanies();
        return;
    }
    BcRequest* request = m_client->get(m_client->companyUrl());
    connect(request, &BcRequest::succeeded, this, &BcConnectionCheck::acceptCompany);
    connect(request, &BcRequest::failed, this, [this](const BcError& error) {
        if (error.kind == BcError::Kind::Http && error.httpStatus == 404) {
            listCompanies(error);
            return;
        }
        fail(&m_report.company, error.summary());
        finish();
    });
}

void BcConnectionCheck::acceptCompany(const QJsonObject& body)
{
    m_report.company = {true, true, QString()};
    m_report.companyFound.id = body.value(QStringLiteral("id")).toString(m_settings.companyId);
    m_report.companyFound.displayName = body.value(QStringLiteral("displayName")).toString();
    if (m_report.companyFound.displayName.isEmpty())
        m_report.companyFound.displayName = body.value(QStringLiteral("name")).toString();
    Q_EMIT progressed(m_report);
    checkEntities();
}

// No company chosen yet (the Accounts page's *Connect*): what the environment holds is the answer.
void BcConnectionCheck::listAllCompanies()
{
    BcRequest* request = m_client->get(m_client->companiesUrl());
    connect(request, &BcRequest::succeeded, this, [this](const QJsonObject& companies) {
        m_report.otherCompanies = companiesIn(companies);
        if (m_report.otherCompanies.isEmpty())
            fail(&m_report.company, tr("The environment shows this app no companies at all: check the "
                                       "environment name and the app's permissions in Business Central."));
        finish();
    });
    connect(request, &BcRequest::failed, this, [this](const BcError& error) {
        fail(&m_report.company, tr("The environment's list of companies could not be read (%1), so check the "
                                   "tenant ID and the environment name.")
                                    .arg(error.summary()));
        finish();
    });
}

// A 404 for the company is the admin's most common slip (an id from another environment); the ids that do
// exist turn it into a choice.
void BcConnectionCheck::listCompanies(const BcError& notFound)
{
    BcRequest* request = m_client->get(m_client->companiesUrl());
    connect(request, &BcRequest::succeeded, this, &BcConnectionCheck::explainMissingCompany);
    connect(request, &BcRequest::failed, this, [this, notFound](const BcError& listError) {
        fail(&m_report.company,
             tr("%1 The environment's list of companies could not be read either (%2), so check the tenant "
                "ID and the environment name in the profile.")
                 .arg(notFound.summary(), listError.summary()));
        finish();
    });
}

void BcConnectionCheck::explainMissingCompany(const QJsonObject& companies)
{
    QStringList labels;
    m_report.otherCompanies = companiesIn(companies);
    for (const BcConnectionReport::Company& known : std::as_const(m_report.otherCompanies))
        labels.append(companyLabel(known));
    const QString missing = tr("The company %1 is not in this Business Central environment (%2).")
                                .arg(m_settings.companyId, m_settings.apiRoot.path());
    fail(
        &m_report.company,
        labels.isEmpty()
            ? missing + QLatin1Char(' ') +
                  tr("The environment shows this app no companies at all: check the environment name and the "
                     "app's permissions in Business Central.")
            : missing + QLatin1Char(' ') +
                  tr("Set businessCentral.companyId to one of the companies it has: %1.")
                      .arg(labels.join(QStringLiteral("; "))));
    finish();
}

QList<BcConnectionReport::Company> BcConnectionCheck::companiesIn(const QJsonObject& collection)
{
    QList<BcConnectionReport::Company> found;
    for (const QJsonValue& value : collection.value(QStringLiteral("value")).toArray()) {
        const QJsonObject company = value.toObject();
        BcConnectionReport::Company known;
        known.id = company.value(QStringLiteral("id")).toString();
        known.displayName = company.value(QStringLiteral("displayName")).toString();
        if (known.displayName.isEmpty())
            known.displayName = company.value(QStringLiteral("name")).toString();
        found.append(known);
    }
    return found;
}

void BcConnectionCheck::checkEntities()
{
    m_probes.clear();
    m_report.entities.clear();
    for (const EntityFields& wanted : std::as_const(m_settings.entities)) {
        QStringList select = wanted.fields;
        if (!select.contains(QStringLiteral("id")))
            select.append(QStringLiteral("id"));
        m_probes.append({select});
        BcConnectionReport::Entity entity;
        entity.entity = wanted.entity;
        m_report.entities.append(entity);
    }
    m_entitiesPending = int(m_probes.size());
    if (m_entitiesPending == 0) {
        finish();
        return;
    }
    for (int index = 0; index < m_probes.size(); ++index)
        probeEntity(index);
}

QUrl BcConnectionCheck::probeUrl(int index) const
{
    BcQuery query;
    query.select = m_probes.at(index).select;
    QUrl url = query.appliedTo(m_client->collectionUrl(m_report.entities.at(index).entity));
    // One record proves the fields are readable; the whole collection would only cost time.
    QUrlQuery items(url);
    items.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
    url.setQuery(items);
    return url;
}

void BcConnectionCheck::probeEntity(int index)
{
    BcRequest* request = m_client->get(probeUrl(index));
    connect(request, &BcRequest::succeeded, this, [this, index] {
        const QStringList& unknown = m_report.entities.at(index).unknownFields;
        if (unknown.isEmpty()) {
            entityChecked(index);
            return;
        }
        const QString entity = BcEntities::toString(m_report.entities.at(index).entity);
        const QString named =
            unknown.size() == 1
                ? tr("Business Central has no field \"%1\" on %2.").arg(unknown.first(), entity)
                : tr("Business Central has no fields \"%1\" on %2.")
                      .arg(unknown.join(QStringLiteral("\", \"")), entity);
        entityChecked(index, named + QLatin1Char(' ') +
                                 tr("Field names are case-sensitive: check the spelling in the profile's "
                                    "mapping, or remove the column that maps it."));
    });
    connect(request, &BcRequest::failed, this,
            [this, index](const BcError& error) { onEntityFailed(index, error); });
}

// BC names only the first field it does not know; asking again without it finds the others, so the admin
// fixes the mapping once rather than once per field.
void BcConnectionCheck::onEntityFailed(int index, const BcError& error)
{
    const QString field = unknownPropertyIn(error);
    QStringList& select = m_probes[index].select;
    if (!field.isEmpty() && select.removeAll(field) > 0) {
        m_report.entities[index].unknownFields.append(field);
        probeEntity(index);
        return;
    }
    entityChecked(index, error.summary());
}

void BcConnectionCheck::entityChecked(int index, const QString& error)
{
    BcConnectionReport::Step& step = m_report.entities[index].result;
    step = {true, error.isEmpty(), error};
    qCInfo(lcOData).noquote() << "Check of" << BcEntities::toString(m_report.entities.at(index).entity) << ":"
                              << (error.isEmpty() ? QStringLiteral("reachable") : error);
    Q_EMIT progressed(m_report);
    if (--m_entitiesPending == 0)
        finish();
}

void BcConnectionCheck::fail(BcConnectionReport::Step* step, const QString& error)
{
    *step = {true, false, error};
    qCInfo(lcOData).noquote() << "Connection check failed:" << error;
}

void BcConnectionCheck::finish()
{
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace mlc

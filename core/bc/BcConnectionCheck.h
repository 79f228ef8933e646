#pragma once

#include "bc/BcConnectionReport.h"
#include "bc/BcEntity.h"
#include "bc/BcError.h"
#include "bc/BcRetryPolicy.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class QJsonObject;
class QNetworkAccessManager;

namespace mlc {

class BcApiClient;
class Clock;
class EntraTokenSource;

// Answers "would a sync work with these settings?" for Business Central, the way an admin needs it answered:
// can the app get a token, is the company there (and if not, which ones are), and can every mapped entity be
// read with the mapped fields. Used by `ml-connector-cli check` and meant for the GUI's "Test connection".
//
// Steps run in order and stop where a later one could only fail for the same reason (no token: nothing else
// can be asked; no company: no entity can be read). The entities are all checked, so one run shows every
// problem among them. Each step reads at most one record; nothing is written.
class BcConnectionCheck : public QObject
{
    Q_OBJECT

public:
    // One entity to check and the fields the profile maps from it; its "id" is always read too.
    struct EntityFields
    {
        BcEntity entity = BcEntity::Vendors;
        QStringList fields;
    };

    struct Settings
    {
        QUrl tokenUrl; // {authority}/{tenant}/oauth2/v2.0/token
        QString clientId;
        QString clientSecret;
        QUrl apiRoot; // {apiBaseUrl}/{tenant}/{environment}/api/v2.0
        // Empty: only list the environment's companies (report.otherCompanies), for choosing one.
        QString companyId;
        QList<EntityFields> entities;
        // A check should answer within seconds, not wait out a sync's patient retries.
        std::chrono::seconds transferTimeout{15};
        BcRetrySettings retry = quickRetry();
    };

    // Two attempts, short waits: enough to ride out one dropped connection or one 503.
    static BcRetrySettings quickRetry();

    BcConnectionCheck(QNetworkAccessManager* network, Clock& clock, Settings settings,
                      QObject* parent = nullptr);
    ~BcConnectionCheck() override;

    // Runs the steps; answers with finished() after returning, exactly once per start().
    void start();
    bool isRunning() const { return m_running; }
    const BcConnectionReport& report() const { return m_report; }

    // BC's own message for a $select of a field the entity lacks names it; empty when `error` is not that.
    static QString unknownPropertyIn(const BcError& error);

Q_SIGNALS:
    // After each step, with what is known so far, for a view that shows progress.
    void progressed(const mlc::BcConnectionReport& soFar);
    void finished(const mlc::BcConnectionReport& report);

private:
    struct EntityProbe
    {
        QStringList select;
    };

    void checkToken();
    void checkCompany();
    void acceptCompany(const QJsonObject& body);
    void listAllCompanies();
    void listCompanies(const BcError& notFound);
    static QList<BcConnectionReport::Company> companiesIn(const QJsonObject& collection);
    void explainMissingCompany(const QJsonObject& companies);
    void checkEntities();
    void probeEntity(int index);
    void onEntityFailed(int index, const BcError& error);
    void entityChecked(int index, const QString& error = QString());
    void fail(BcConnectionReport::Step* step, const QString& error);
    void finish();
    QUrl probeUrl(int index) const;

    Settings m_settings;
    std::unique_ptr<EntraTokenSource> m_tokens;
    std::unique_ptr<BcApiClient> m_client;
    BcConnectionReport m_report;
    QList<EntityProbe> m_probes;
    int m_entitiesPending = 0;
    bool m_running = false;
};

} // namespace mlc

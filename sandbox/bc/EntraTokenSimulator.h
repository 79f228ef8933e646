#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>

class QHttpServerRequest;

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

class SandboxHost;

// Microsoft Entra ID's token endpoint as far as a service-to-service Business Central client meets it:
// the client-credentials grant on POST /{tenant}/oauth2/v2.0/token, with the same success and error bodies
// (AADSTS codes, trace and correlation ids) so the client's error decoding is tested against the real shape.
// It remembers the tokens it issued, so the Business Central API simulator can check Bearer headers.
class EntraTokenSimulator : public QObject
{
    Q_OBJECT

public:
    struct App
    {
        QString secretValue;
        QString secretId; // what admins often paste by mistake instead of the value
        bool enabled = true;
        QString displayName = QStringLiteral("ml-connector");
        QDateTime secretExpiresAt; // invalid: never expires
    };

    struct Fault
    {
        int status = 500;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    };

    EntraTokenSimulator(SandboxHost& host, const Clock& clock, QObject* parent = nullptr);

    static QString apiScope() { return QStringLiteral("https://api.businesscentral.dynamics.com/.default"); }

    // A tenant is known by any of its names: its GUID and its domains.
    void addTenant(const QString& tenantIdOrDomain);
    void addApp(const QString& clientId, const App& app);
    void setAppEnabled(const QString& clientId, bool enabled);
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    int expiresIn() const { return m_expiresIn; }

    QUrl tokenUrl(const QString& tenant) const;

    // Accepts the bare token or a whole "Bearer <token>" header value.
    bool isValidToken(const QString& bearer) const;
    void revokeAllTokens();
    int issuedTokenCount() const { return int(m_tokens.size()); }

    // Every POST to the token route, whatever its outcome.
    int requestCount() const { return m_requestCount; }

    // The next `count` requests get this answer instead of the normal one.
    void failNext(int count, const Fault& fault);
    void failNextMalformed(int count);

Q_SIGNALS:
    // Every request to the token route, for the sandbox's --verbose log (method and path: the secret is in
    // the body, which is never reported).
    void requestSeen(const QString& method, const QString& path);

private:
    struct Form
    {
        QHash<QString, QString> fields;
        bool has(const QString& name) const { return fields.contains(name); }
        QString value(const QString& name) const { return fields.value(name); }
    };

    QHttpServerResponse handle(const QString& tenant, const QHttpServerRequest& request);
    QHttpServerResponse issueToken();
    QHttpServerResponse error(int status, const QString& error, int code, const QString& description) const;
    QHttpServerResponse validationError(const QString& tenant, const Form& form) const;
    static Form parseForm(const QByteArray& body);
    static void addBasicCredentials(const QByteArray& authorization, Form* form);
    static bool isMultiTenantAlias(const QString& tenant);
    static QString newToken();
    static QString bareToken(const QString& bearer);

    const SandboxHost& m_host;
    const Clock& m_clock;
    QSet<QString> m_tenants;
    QHash<QString, App> m_apps;
    QHash<QString, QDateTime> m_tokens; // token -> expiry (UTC)
    std::deque<Fault> m_faults;
    int m_expiresIn = 3599;
    int m_requestCount = 0;
};

} // namespace mlc::sandbox

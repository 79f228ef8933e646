#pragma once

#include "bc/BcEntity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mlc {

// What the profile accepts for each kind of value. The reader enforces these; editors (the GUI) can use
// the same checks to flag a field while it is being typed.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)

public:
    struct ListenAddress
    {
        QString host; // IPv6 without brackets
        quint16 port = 0;
    };

    enum class UrlUse
    {
        Base,     // paths are appended to it (authorityUrl, apiBaseUrl): no query allowed
        Endpoint, // called as it is (monday.apiUrl, webhooks.publicUrl)
    };

    static bool isGuid(const QString& text);
    static bool isTenantId(const QString& text);
    static bool isEnvironmentName(const QString& text);
    static bool isBoardId(const QString& text);
    static bool isMondayId(const QString& text); // column and group ids
    static bool isFieldName(const QString& text);
    static bool isApiVersion(const QString& text);
    static bool isLoopbackHost(const QString& host);
    static std::optional<ListenAddress> parseListen(const QString& text);

    // Empty when `text` is an acceptable URL for `use`; otherwise why not, as a sentence. Secrets are sent to
    // every URL of the profile (or, for publicUrl, notifications are), so anything but a loopback host needs
    // https.
    static QString urlProblem(const QString& text, UrlUse use);

    // Empty when `field` is a field of `entity` in BC API v2.0 (the catalogue); otherwise why not, with the
    // closest known name when the field looks like a typo.
    static QString fieldProblem(BcEntity entity, const QString& field);
    // Empty when `wireValue` is a member of the enum `field`, or `field` is no enum; otherwise a warning that
    // lists the members. A warning only: tenants can extend BC enums with members no catalogue knows.
    static QString enumValueProblem(BcEntity entity, const QString& field, const QString& wireValue);

    // The candidate `word` was most likely meant to be (a typo or a case slip), or an empty string.
    static QString closestMatch(const QString& word, const QStringList& candidates);
};

} // namespace mlc

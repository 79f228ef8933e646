#pragma once

#include <QString>
#include <QUrl>

namespace mlc {

// How the connector talks to monday.com. The API token is not here: secrets never live in the profile.
struct MondaySettings
{
    static QUrl defaultApiUrl() { return QUrl(QStringLiteral("https://api.monday.com/v2")); }
    static QString defaultApiVersion() { return QStringLiteral("2026-07"); }
    static constexpr int kDefaultMutationsPerMinute = 40;
    static constexpr int kMinMutationsPerMinute = 1;
    static constexpr int kMaxMutationsPerMinute = 100000;

    QUrl apiUrl = defaultApiUrl();
    QString apiVersion = defaultApiVersion();
    int mutationsPerMinute = kDefaultMutationsPerMinute;
};

inline bool operator==(const MondaySettings& a, const MondaySettings& b)
{
    return a.apiUrl == b.apiUrl && a.apiVersion == b.apiVersion &&
           a.mutationsPerMinute == b.mutationsPerMinute;
}

inline bool operator!=(const MondaySettings& a, const MondaySettings& b)
{
    return !(a == b);
}

} // namespace mlc

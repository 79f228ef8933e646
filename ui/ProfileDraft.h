#pragma once

#include "sync/Profile.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace mlc::ui {

// The profile as the Accounts and Mapping pages edit it, shared by both: nothing they change reaches the
// engine until the admin saves, and then only a profile that passes the same rules as `profile import`.
class ProfileDraft : public QObject
{
    Q_OBJECT

public:
    explicit ProfileDraft(QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    // Starts over from `profile` (the stored one, the demo's); not a change the admin made.
    void reset(const Profile& profile);

    void setBusinessCentral(const BusinessCentralSettings& settings);
    void setMonday(const MondaySettings& settings);
    void setWebhooks(const std::optional<WebhookSettings>& webhooks);
    // Replaces the mapping of the same entity, or adds it.
    void setMapping(const Mapping& mapping);
    void removeMapping(BcEntity entity);
    bool isModified() const { return m_modified; }

    // What `profile import` would refuse in the draft, each a sentence naming the field; empty when none.
    QStringList problems() const;
    // Validates the draft and stores it in the data folder as `profile import` does; on false *error says
    // why and nothing was stored. The stored profile is what the app runs on from then on.
    bool save(const QString& dataDir, QString* error);

Q_SIGNALS:
    void changed();
    // After reset(): another profile altogether (the demo's, the stored one); pages start over.
    void replaced();
    // After save(): the engine should run on `profile` now.
    void saved(const mlc::Profile& profile);

private:
    void touch();

    Profile m_profile;
    bool m_modified = false;
};

} // namespace mlc::ui

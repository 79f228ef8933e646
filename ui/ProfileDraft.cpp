#include "ProfileDraft.h"

#include "common/SystemClock.h"
#include "store/Database.h"
#include "store/SettingsStore.h"
#include "sync/ProfileReader.h"
#include "sync/ProfileWriter.h"

namespace mlc::ui {

ProfileDraft::ProfileDraft(QObject* parent)
    : QObject(parent)
{}

void ProfileDraft::reset(const Profile& profile)
{
    m_profile = profile;
    m_modified = false;
    Q_EMIT replaced();
    Q_EMIT changed();
}

void ProfileDraft::setBusinessCentral(const BusinessCentralSettings& settings)
{
    if (m_profile.businessCentral == settings)
        return;
    m_profile.businessCentral = settings;
    touch();
}

void ProfileDraft::setMonday(const MondaySettings& settings)
{
    if (m_profile.monday == settings)
        return;
    m_profile.monday = settings;
    touch();
}

void ProfileDraft::setWebhooks(const std::optional<WebhookSettings>& webhooks)
{
    if (m_profile.webhooks == webhooks)
        return;
    m_profile.webhooks = webhooks;
    touch();
}

void ProfileDraft::setMapping(const Mapping& mapping)
{
    for (Mapping& existing : m_profile.mappings) {
        if (existing.entity == mapping.entity) {
            if (existing == mapping)
                return;
            existing = mapping;
            touch();
            return;
        }
    }
    m_profile.mappings.append(mapping);
    touch();
}

void ProfileDraft::removeMapping(BcEntity entity)
{
    const auto removed =
        m_profile.mappings.removeIf([entity](const Mapping& m) { return m.entity == entity; });
    if (removed > 0)
        touch();
}

QStringList ProfileDraft::problems() const
{
    // The rules live in the reader; the draft goes through the same door as an imported file.
    const ProfileReadResult result = ProfileReader::read(ProfileWriter::write(m_profile));
    QStringList problems;
    for (const ProfileError& error : result.errors)
        problems << error.toString();
    return problems;
}

bool ProfileDraft::save(const QString& dataDir, QString* error)
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        *error = tr("The profile cannot be saved yet: %1").arg(found.join(QStringLiteral("; ")));
        return false;
    }
    SystemClock clock;
    const std::unique_ptr<Database> database =
        Database::open(dataDir, QStringLiteral("profile-editor"), clock, error);
    if (!database || !SettingsStore(*database).setValue(QStringLiteral("profile"),
                                                        ProfileWriter::write(m_profile), error)) {
        return false;
    }
    m_modified = false;
    Q_EMIT saved(m_profile);
    return true;
}

void ProfileDraft::touch()
{
    m_modified = true;
    Q_EMIT changed();
}

} // namespace mlc::ui

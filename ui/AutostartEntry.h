#pragma once

#include <QString>

namespace mlc::ui {

// "Launch at login" on freedesktop systems: an XDG autostart entry (~/.config/autostart/<app id>.desktop)
// that starts the app minimised to the tray. Written and removed here; its presence is the setting.
class AutostartEntry
{
public:
    static QString appId() { return QStringLiteral("com.mlconnector.MlConnector"); }

    // `configDir` is the XDG config folder (~/.config unless XDG_CONFIG_HOME says otherwise).
    explicit AutostartEntry(const QString& configDir);

    QString path() const { return m_path; }
    bool isEnabled() const;
    // Writes the entry for `program`, or removes it. False with a sentence in *error when the file cannot be
    // written or removed.
    bool setEnabled(bool enabled, const QString& program, QString* error) const;

private:
    QString m_path;
};

} // namespace mlc::ui

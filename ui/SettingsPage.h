#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QVBoxLayout;

namespace mlc::ui {

class AutostartEntry;

// The Settings page for how the app behaves on this desktop: close to tray, start minimised, launch at
// login (an XDG autostart entry) and the language (after a restart). Each change is saved at once.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    static QString closeToTrayKey() { return QStringLiteral("desktop/closeToTray"); }
    static QString startMinimisedKey() { return QStringLiteral("desktop/startMinimised"); }
    static QString languageKey() { return QStringLiteral("desktop/language"); }

    explicit SettingsPage(QWidget* parent = nullptr);

    // Shows and from now on saves the settings in `settings` and `autostart` (for `program`); the tray
    // options are only offered where a tray exists.
    void bind(QSettings* settings, const AutostartEntry* autostart, const QString& program,
              bool trayAvailable);

    // A further part of the page below the desktop settings (the profile's sync settings).
    void addSection(QWidget* section);

Q_SIGNALS:
    void closeToTrayChanged(bool closeToTray);

private:
    void setAutostart(bool enabled);

    QSettings* m_settings = nullptr;
    const AutostartEntry* m_autostart = nullptr;
    QString m_program;
    QCheckBox* m_closeToTray = nullptr;
    QCheckBox* m_startMinimised = nullptr;
    QCheckBox* m_launchAtLogin = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_notice = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace mlc::ui

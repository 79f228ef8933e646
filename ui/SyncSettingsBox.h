#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mlc::ui {

class ProfileDraft;

// The Settings page's part that lives in the profile rather than on this desktop, because the headless
// engine needs it too: the write pace per board (monday.mutationsPerMinute) and Business Central's change
// notifications (webhooks: on or off, the listener's address, the public URL BC calls). Saved like the
// mapping: checked by the profile's rules, stored in the data folder, then the engine runs on it.
class SyncSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SyncSettingsBox(ProfileDraft* draft, QWidget* parent = nullptr);

    void setDataDir(const QString& dataDir) { m_dataDir = dataDir; }
    // Checks the fields, puts them into the draft and saves it; false with the reason shown when not.
    bool save();

private:
    void showDraft();

    ProfileDraft* m_draft;
    QString m_dataDir;
    QSpinBox* m_pace;
    QCheckBox* m_webhooks;
    QLineEdit* m_listen;
    QLineEdit* m_publicUrl;
    QLabel* m_result;
};

} // namespace mlc::ui

#include "SyncSettingsBox.h"

#include "PageLayout.h"
#include "ProfileDraft.h"
#include "sync/ProfileRules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mlc::ui {

SyncSettingsBox::SyncSettingsBox(ProfileDraft* draft, QWidget* parent)
    : QGroupBox(tr("Sync (kept in the profile, also used by ml-connector-cli)"), parent)
    , m_draft(draft)
    , m_pace(new QSpinBox)
    , m_webhooks(new QCheckBox(tr("Receive Business Central's changes as they happen (webhooks)")))
    , m_listen(new QLineEdit)
    , m_publicUrl(new QLineEdit)
    , m_result(new QLabel)
{
    m_pace->setObjectName(QStringLiteral("mutationsPerMinute"));
    m_pace->setRange(MondaySettings::kMinMutationsPerMinute, MondaySettings::kMaxMutationsPerMinute);
    m_pace->setSuffix(tr(" writes a minute per board"));
    m_pace->setToolTip(tr("monday.com allows about 40 changes a minute on one board before it slows a client "
                          "down."));
    m_webhooks->setObjectName(QStringLiteral("webhooksEnabled"));
    m_listen->setObjectName(QStringLiteral("webhookListen"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8787"));
    m_publicUrl->setObjectName(QStringLiteral("webhookPublicUrl"));
    m_publicUrl->setPlaceholderText(tr("https://connector.example.com/bc-webhook"));
    m_publicUrl->setToolTip(
        tr("The HTTPS address Business Central calls: a reverse proxy or tunnel in front of "
           "the listener."));
    m_result->setObjectName(QStringLiteral("syncSettingsResult"));
    m_result->setWordWrap(true);
    auto* save = new QPushButton(tr("Save"));
    save->setObjectName(QStringLiteral("saveSyncSettings"));
    connect(save, &QPushButton::clicked, this, &SyncSettingsBox::save);
    connect(m_webhooks, &QCheckBox::toggled, m_listen, &QWidget::setEnabled);
    connect(m_webhooks, &QCheckBox::toggled, m_publicUrl, &QWidget::setEnabled);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_result, 1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Pace:"), m_pace);
    form->addRow(tr("Webhooks:"), m_webhooks);
    form->addRow(tr("Listen on:"), m_listen);
    form->addRow(tr("Public URL:"), m_publicUrl);
    form->addRow(QString(), saveRow);

    connect(m_draft, &ProfileDraft::replaced, this, &SyncSettingsBox::showDraft);
    showDraft();
}

void SyncSettingsBox::showDraft()
{
    const Profile& profile = m_draft->profile();
    m_pace->setValue(profile.monday.mutationsPerMinute);
    const WebhookSettings webhooks = profile.webhooks.value_or(WebhookSettings());
    m_webhooks->setChecked(webhooks.enabled);
    m_listen->setText(webhooks.listen());
    m_publicUrl->setText(webhooks.publicUrl.toString());
    m_listen->setEnabled(webhooks.enabled);
    m_publicUrl->setEnabled(webhooks.enabled);
    m_result->clear();
}

bool SyncSettingsBox::save()
{
    const std::optional<ProfileRules::ListenAddress> listen =
        ProfileRules::parseListen(m_listen->text().trimmed());
    if (m_webhooks->isChecked()) {
        if (!listen) {
            PageLayout::showResult(m_result, false,
                                   tr("\"Listen on\" takes an address and a port, such as 127.0.0.1:8787."));
            return false;
        }
        const QString urlProblem =
            ProfileRules::urlProblem(m_publicUrl->text().trimmed(), ProfileRules::UrlUse::Endpoint);
        if (!urlProblem.isEmpty()) {
            PageLayout::showResult(m_result, false, tr("Public URL: %1").arg(urlProblem));
            return false;
        }
    }
    MondaySettings monday = m_draft->profile().monday;
    monday.mutationsPerMinute = m_pace->value();
    m_draft->setMonday(monday);
    WebhookSettings webhooks = m_draft->profile().webhooks.value_or(WebhookSettings());
    webhooks.enabled = m_webhooks->isChecked();
    if (listen) {
        webhooks.listenHost = listen->host;
        webhooks.listenPort = listen->port;
    }
    webhooks.publicUrl = QUrl(m_publicUrl->text().trimmed());
    // Never switched on and nothing typed: the profile keeps no webhooks section at all.
    const bool untouched = !webhooks.enabled && !m_draft->profile().webhooks && webhooks.publicUrl.isEmpty();
    m_draft->setWebhooks(untouched ? std::nullopt : std::optional<WebhookSettings>(webhooks));
    QString error;
    if (m_dataDir.isEmpty() || !m_draft->save(m_dataDir, &error)) {
        PageLayout::showResult(m_result, false,
                               error.isEmpty() ? tr("There is no data folder to save to.") : error);
        return false;
    }
    PageLayout::showResult(m_result, true, tr("Saved. The engine runs with these settings now."));
    return true;
}

} // namespace mlc::ui

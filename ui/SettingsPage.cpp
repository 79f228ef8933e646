#include "SettingsPage.h"

#include "AutostartEntry.h"
#include "PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace mlc::ui {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
{

    m_closeToTray = new QCheckBox(tr("Closing the window keeps ml-connector syncing in the system tray"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_startMinimised = new QCheckBox(tr("Start minimised to the system tray"));
    m_startMinimised->setObjectName(QStringLiteral("startMinimised"));
    m_launchAtLogin = new QCheckBox(tr("Launch at login"));
    m_launchAtLogin->setObjectName(QStringLiteral("launchAtLogin"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("settingsNotice"));
    m_notice->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Window:"), m_closeToTray);
    form->addRow(QString(), m_startMinimised);
    form->addRow(tr("Login:"), m_launchAtLogin);
    form->addRow(tr("Language:"), m_language);

    m_layout = PageLayout::column(this);
    m_layout->addWidget(PageLayout::heading(tr("Settings")));
    m_layout->addLayout(form);
    m_layout->addWidget(m_notice);
    m_layout->addStretch(1);
    setEnabled(false); // until bound
}

void SettingsPage::bind(QSettings* settings, const AutostartEntry* autostart, const QString& program,
                        bool trayAvailable)
{
    m_settings = settings;
    m_autostart = autostart;
    m_program = program;
    setEnabled(true);
    m_closeToTray->setChecked(settings->value(closeToTrayKey(), true).toBool());
    m_startMinimised->setChecked(settings->value(startMinimisedKey(), false).toBool());
    m_launchAtLogin->setChecked(autostart->isEnabled());
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->value(languageKey()).toString())));
    m_closeToTray->setEnabled(trayAvailable);
    m_startMinimised->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_notice->setText(tr("This desktop has no system tray, so the window closes and starts as usual."));

    connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(closeToTrayKey(), on);
        Q_EMIT closeToTrayChanged(on);
    });
    connect(m_startMinimised, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setValue(startMinimisedKey(), on); });
    connect(m_launchAtLogin, &QCheckBox::toggled, this, &SettingsPage::setAutostart);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setValue(languageKey(), m_language->currentData().toString());
        m_notice->setText(tr("The new language applies when ml-connector starts next."));
    });
}

void SettingsPage::addSection(QWidget* section)
{
    section->setMaximumWidth(820);
    m_layout->insertWidget(m_layout->count() - 1, section); // above the stretch
}

void SettingsPage::setAutostart(bool enabled)
{
    QString error;
    if (m_autostart->setEnabled(enabled, m_program, &error)) {
        m_notice->clear();
        return;
    }
    m_notice->setText(error);
    const QSignalBlocker blocker(m_launchAtLogin);
    m_launchAtLogin->setChecked(m_autostart->isEnabled());
}

} // namespace mlc::ui

#include "TrayIcon.h"

#include <QAction>
#include <QIcon>
#include <QSystemTrayIcon>

namespace mlc::ui {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
{
    QAction* open = m_menu.addAction(tr("Open ml-connector"));
    m_syncNow = m_menu.addAction(tr("Sync now"));
    m_pauseResume = m_menu.addAction(tr("Pause"));
    m_menu.addSeparator();
    QAction* quit = m_menu.addAction(tr("Quit"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_syncNow, &QAction::triggered, this, &TrayIcon::syncNowRequested);
    connect(m_pauseResume, &QAction::triggered, this,
            [this] { m_paused ? Q_EMIT resumeRequested() : Q_EMIT pauseRequested(); });
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(&m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested();
        });
    }
    setStatus(EngineStatus());
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon() = default;

TrayIcon::State TrayIcon::stateOf(const EngineStatus& status)
{
    switch (status.state) {
    case EngineStatus::State::Failed:
        return State::Error;
    case EngineStatus::State::Paused:
        return State::Paused;
    default:
        break;
    }
    bool syncing = false;
    for (const EngineStatus::MappingStatus& mapping : status.mappings) {
        if (mapping.failed > 0 || !mapping.lastError.isEmpty())
            return State::Error;
        syncing = syncing || mapping.syncing || mapping.pending > 0;
    }
    return syncing ? State::Syncing : State::Idle;
}

QString TrayIcon::iconPath(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral(":/icons/tray-idle.svg");
    case State::Syncing:
        return QStringLiteral(":/icons/tray-syncing.svg");
    case State::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    case State::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    }
    return {};
}

void TrayIcon::setStatus(const EngineStatus& status, const QDateTime& now)
{
    m_state = stateOf(status);
    m_paused = status.state == EngineStatus::State::Paused;
    const bool running = status.state == EngineStatus::State::Running || m_paused;
    m_pauseResume->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pauseResume->setEnabled(running && !status.mappings.isEmpty());
    m_syncNow->setEnabled(status.state == EngineStatus::State::Running && !status.mappings.isEmpty());
    switch (m_state) {
    case State::Idle:
        m_toolTip =
            status.mappings.isEmpty() ? tr("ml-connector: not syncing") : tr("ml-connector: up to date");
        break;
    case State::Syncing:
        m_toolTip = tr("ml-connector: syncing");
        break;
    case State::Paused:
        m_toolTip = tr("ml-connector: paused");
        break;
    case State::Error:
        m_toolTip = tr("ml-connector: needs attention (see Status and Audit)");
        break;
    }
    if (m_icon) {
        QIcon icon(iconPath(m_state));
        icon.setIsMask(true); // monochrome: the desktop may tint it to match its panel
        m_icon->setIcon(icon);
        m_icon->setToolTip(m_toolTip);
    }
    notifyFailures(status, now);
}

void TrayIcon::notifyFailures(const EngineStatus& status, const QDateTime& now)
{
    int failed = 0;
    for (const EngineStatus::MappingStatus& mapping : status.mappings)
        failed += mapping.failed;
    const int newlyFailed = failed - m_failedBefore;
    m_failedBefore = failed;
    if (newlyFailed <= 0)
        return;
    if (m_lastNotice.isValid() && m_lastNotice.secsTo(now) < kNoticeIntervalSeconds)
        return;
    m_lastNotice = now;
    const QString title = tr("Writes to monday.com failed");
    const QString message =
        tr("%n write(s) could not be made. The Audit page says why and can replay them.", nullptr, failed);
    if (m_icon)
        m_icon->showMessage(title, message, QSystemTrayIcon::Warning);
    Q_EMIT notified(title, message);
}

} // namespace mlc::ui

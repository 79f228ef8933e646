#pragma once

#include "sync/EngineStatus.h"

#include <QDateTime>
#include <QMenu>
#include <QObject>

class QAction;
class QSystemTrayIcon;

namespace mlc::ui {

// The system tray entry: an icon that shows whether the engine is idle, syncing, paused or needs attention,
// a menu (Open, Sync now, Pause/Resume, Quit) and one notification when writes start failing, not one per
// record. Where the desktop has no tray, nothing is shown and the window behaves as a plain window.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Paused,
        Error
    };

    // Failures notified again only after this long, however many more fail meanwhile.
    static constexpr int kNoticeIntervalSeconds = 300;

    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    static State stateOf(const EngineStatus& status);
    static QString iconPath(State state);

    bool isAvailable() const { return m_icon != nullptr; }
    void setStatus(const EngineStatus& status, const QDateTime& now = QDateTime::currentDateTimeUtc());
    State state() const { return m_state; }
    QMenu* menu() { return &m_menu; }
    QString toolTip() const { return m_toolTip; }

Q_SIGNALS:
    void openRequested();
    void syncNowRequested();
    void pauseRequested();
    void resumeRequested();
    void quitRequested();
    // A notification was shown (or would have been, without a tray): for the log and for tests.
    void notified(const QString& title, const QString& message);

private:
    void notifyFailures(const EngineStatus& status, const QDateTime& now);

    QMenu m_menu;
    QAction* m_syncNow = nullptr;
    QAction* m_pauseResume = nullptr;
    QSystemTrayIcon* m_icon = nullptr;
    State m_state = State::Idle;
    bool m_paused = false;
    QString m_toolTip;
    int m_failedBefore = 0;
    QDateTime m_lastNotice;
};

} // namespace mlc::ui

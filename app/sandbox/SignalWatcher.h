#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace mlc::sandbox {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop. The handler only write()s one byte to a
// socket pair (async-signal-safe); a QSocketNotifier on the other end does the rest outside the handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    // False when the socket pair or the handlers could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace mlc::sandbox

#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace mlc::cli {

// SIGINT and SIGTERM as a Qt signal (contract §4: stop taking new work, finish the write in flight, leave
// the state consistent). A signal handler may do next to nothing, so it only writes a byte to a socket pair
// whose other end the event loop watches. A second signal while stopping is reported too; the command
// decides what it means. Only one instance may exist at a time.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace mlc::cli

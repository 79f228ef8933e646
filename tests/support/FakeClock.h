#pragma once

#include "common/Clock.h"

#include <QPointer>

#include <vector>

namespace mlc {

// A clock that only moves when a test moves it. Callbacks fire synchronously inside advance()/setNow(),
// in time order, with nowUtc() reading the callback's own due time while it runs.
class FakeClock final : public Clock
{
    Q_OBJECT

public:
    explicit FakeClock(const QDateTime& start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
                       QObject* parent = nullptr);

    QDateTime nowUtc() const override;
    void callAt(const QDateTime& at, QObject* context, Callback callback) override;

    void advance(std::chrono::milliseconds by);
    void setNow(const QDateTime& now);
    int pendingCallbacks() const;

private:
    struct Pending
    {
        QDateTime at;
        quint64 sequence;
        QPointer<QObject> context;
        Callback callback;
    };

    bool takeNextDue(const QDateTime& until, Pending* next);

    QDateTime m_now;
    quint64 m_nextSequence = 0;
    std::vector<Pending> m_pending;
};

} // namespace mlc

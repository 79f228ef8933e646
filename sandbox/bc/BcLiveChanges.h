#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

#include <chrono>

namespace mlc::sandbox {

class BcApiSimulator;

// Makes the sandbox's Business Central look alive for the demo: every interval one change a bookkeeper would
// make (an invoice paid, a draft posted, a vendor renamed, a new draft invoice) in the first company, through
// the simulator's control methods. The same seed makes the same changes in the same order.
class BcLiveChanges : public QObject
{
    Q_OBJECT

public:
    BcLiveChanges(BcApiSimulator& api, quint32 seed, QObject* parent = nullptr);

    void start(std::chrono::milliseconds interval);
    // One change, now; returns what it did, for the log.
    QString changeSomething();

Q_SIGNALS:
    void changed(const QString& description);

private:
    QString payInvoice(const QString& companyId);
    QString postDraft(const QString& companyId);
    QString renameVendor(const QString& companyId);
    QString addInvoice(const QString& companyId);
    QString newGuid();

    BcApiSimulator& m_api;
    QRandomGenerator m_random;
    QTimer m_timer;
    int m_created = 0;
};

} // namespace mlc::sandbox

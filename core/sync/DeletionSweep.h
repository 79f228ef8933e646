#pragma once

#include "bc/BcRecord.h"
#include "sync/Mapping.h"
#include "sync/SyncFailure.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <memory>

namespace mlc {

class BcApiClient;
class BcCollectionReader;
class Database;
class LinkStore;

// Finds the records deleted in Business Central (contract §5): a delta poll never sees a deletion, so every
// so often the mapping's ids alone are read (`$select=id`, the largest pages BC serves) and each linked
// record missing from them gets the mapping's `onDelete`: an archive or delete queued for its item, or,
// with `keep`, its link dropped and the item left alone. Orders also leave BC when they are completed
// (received or shipped, and invoiced); the audit entry says so, as BC gives no way to tell which it was.
//
// A guard against a misconfiguration (wrong company, a permission taken away) that makes BC answer with
// few or no records: when more than `maxRemovedShare` of a mapping's items (and more than a handful) would
// go, nothing is removed and the sweep fails with the reason.
class DeletionSweep : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        double maxRemovedShare = 0.5;
        int alwaysAllowed = 10; // this many removals pass the guard whatever the share
    };

    struct Summary
    {
        int idsRead = 0;
        int queued = 0; // archives and deletes
        int kept = 0;   // onDelete keep: link dropped, item left
    };

    DeletionSweep(Database& database, BcApiClient& bc, Mapping mapping, Settings settings,
                  QObject* parent = nullptr);
    ~DeletionSweep() override;

    void start();

Q_SIGNALS:
    void queued(); // removals are in the outbox: the board's writer can go on
    void finished(const mlc::DeletionSweep::Summary& summary);
    void failed(const QString& error, mlc::SyncFailure failure);

private:
    void onIds(const QList<BcRecord>& records);
    bool queueRemovals(QString* error);

    Database& m_database;
    BcApiClient& m_bc;
    Mapping m_mapping;
    Settings m_settings;
    std::unique_ptr<LinkStore> m_links;
    QPointer<BcCollectionReader> m_reader;
    QSet<QString> m_inBc;
    Summary m_summary;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::DeletionSweep::Summary)

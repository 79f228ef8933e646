#pragma once

#include "SyncLoopback.h"
#include "sync/SyncPass.h"

#include <QSignalSpy>

#include <functional>

// What the engine's end-to-end tests do and look at again and again: run one pass, and read a board's
// items by the BC id they hold.

inline bool runPass(SyncLoopback& env, QList<mlc::Mapping> mappings,
                    QList<mlc::SyncPass::MappingResult>* results = nullptr,
                    const QList<mlc::Mapping>& linkTargets = {},
                    const std::function<void(mlc::SyncPass&)>& beforeStart = {}, bool reconcile = false)
{
    using namespace mlc;
    SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = 0; // unpaced: the pacing has its own tests
    settings.reconcile = reconcile;
    SyncPass pass(*env.database, *env.bc.client, *env.mondayClient, env.bc.clock, std::move(mappings),
                  settings);
    pass.setLinkTargets(linkTargets);
    QSignalSpy finished(&pass, &SyncPass::finished);
    if (beforeStart)
        beforeStart(pass);
    pass.start();
    if (!finished.wait(120000))
        return false;
    if (results)
        *results = pass.results();
    for (const SyncPass::MappingResult& result : pass.results()) {
        if (!result.error.isEmpty())
            qWarning("%s: %s", qPrintable(BcEntities::toString(result.mapping.entity)),
                     qPrintable(result.error));
    }
    return finished.first().first().toBool();
}

// The items of a board by the BC id in their bc_id column; a BC id on two items is a failure.
inline QHash<QString, const mlc::sandbox::MondayItem*> itemsByBcId(const SyncLoopback& env,
                                                                   const QString& boardId, bool* unique)
{
    QHash<QString, const mlc::sandbox::MondayItem*> items;
    *unique = true;
    for (const mlc::sandbox::MondayItem& item : env.monday.store().board(boardId)->items) {
        const QString bcId = item.cells.value(QStringLiteral("bc_id")).text.toString();
        if (items.contains(bcId))
            *unique = false;
        items.insert(bcId, &item);
    }
    return items;
}

inline QString cellText(const mlc::sandbox::MondayItem* item, const QString& column)
{
    return item->cells.value(column).text.toString();
}

// Copies of the seeded vendors, each with a number and name of its own, until BC holds `records` vendors:
// what the benchmarks sync.
inline void growVendorsTo(SyncLoopback& env, int records)
{
    const QList<QJsonObject> seed = env.bcRecords(mlc::BcEntity::Vendors);
    for (qsizetype i = seed.size(); i < records; ++i) {
        QJsonObject copy = seed.at(i % seed.size());
        copy.remove(QStringLiteral("id"));
        copy.remove(QStringLiteral("@odata.etag"));
        copy.insert(QStringLiteral("number"), QStringLiteral("V%1").arg(100000 + i));
        copy.insert(QStringLiteral("displayName"), QStringLiteral("Vendor %1").arg(i));
        env.bc.clock.advance(std::chrono::milliseconds(7));
        env.bc.api.createRecord(env.bc.companyId(), mlc::BcEntity::Vendors, copy);
    }
}

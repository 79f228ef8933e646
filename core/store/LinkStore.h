#pragma once

#include "store/Link.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mlc {

class Database;
class StoreStatement;

// The links table: which item a BC record became, and what was last written to it. Stored or refreshed in
// the settle Transaction (DESIGN §3), together with the outbox row's done state and the audit entry.
// Uses the Database's connection, so it lives on the Database's thread.
class LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(LinkStore)

public:
    static constexpr int defaultPageSize = 1000;

    explicit LinkStore(Database& database);

    // No value for a record without a link; also none, with a sentence in *error, when the read fails.
    std::optional<Link> findByRecord(const QString& entity, const QString& boardId, const QString& bcId,
                                     QString* error = nullptr) const;
    std::optional<Link> findByItem(const QString& boardId, const QString& itemId,
                                   QString* error = nullptr) const;
    // Inserts or replaces the link of (entity, boardId, bcId), keeping its first createdAt. Fails when the
    // item is already linked to another record: one item never stands for two records.
    bool upsert(const Link& link, QString* error);
    // Removing a link that does not exist succeeds.
    bool remove(const QString& entity, const QString& boardId, const QString& bcId, QString* error);
    // The links of one mapping in BC id order, at most `limit` of them after `afterBcId` (empty: from the
    // start). Read page after page until a page comes back shorter than the limit. No value on failure.
    std::optional<QList<LinkIds>> idsOnBoard(const QString& entity, const QString& boardId,
                                             const QString& afterBcId, int limit = defaultPageSize,
                                             QString* error = nullptr) const;

    // Every link of one mapping, read page by page so a large board is never held whole; false on failure.
    bool forEachOnBoard(const QString& entity, const QString& boardId,
                        const std::function<void(const LinkIds&)>& visit, QString* error = nullptr) const;
    // How many records of one mapping have an item; no value on failure.
    std::optional<qint64> countOnBoard(const QString& entity, const QString& boardId,
                                       QString* error = nullptr) const;

private:
    std::optional<Link> findOne(StoreStatement& select, const QString& failure, QString* error) const;
    static Link linkAt(const StoreStatement& row);

    Database& m_database;
};

} // namespace mlc

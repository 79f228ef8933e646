#pragma once

#include "sync/Mapping.h"

#include <QCoreApplication>

#include <optional>

namespace mlc {

class Database;

// Turns the notifications in the inbox into work for the sync engine (issue 6):
//  - created, updated: the record goes on its mapping's list of records the next pass reads again
//    (PollState), so several notifications for one record within a batch cost one read;
//  - deleted: the mapping's onDelete (RecordRemoval);
//  - collection: nothing per record; the mapping's next delta pass reads every change since its watermark.
// Each notification is marked handled in the same transaction as the work it made, so a crash between
// the two neither loses nor repeats it. Uses the Database's connection, so it lives on its thread.
class NotificationHandler
{
    Q_DECLARE_TR_FUNCTIONS(NotificationHandler)

public:
    NotificationHandler(Database& database, QList<Mapping> mappings);

    // Handles every unhandled notification; returns the mappings that now have work (each once).
    std::optional<QList<Mapping>> handlePending(QString* error);

    // The record id a single-record resource names: "…/vendors(26814998-…)" or "…/items('ABC')".
    static QString recordIdOf(const QString& resource);

private:
    Database& m_database;
    QList<Mapping> m_mappings;
};

} // namespace mlc

#pragma once

#include "store/Watermark.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mlc {

class Database;

// The watermarks table, one row per mapping (entity, board). Uses the Database's connection, so it lives on
// the Database's thread.
class WatermarkStore
{
    Q_DECLARE_TR_FUNCTIONS(WatermarkStore)

public:
    explicit WatermarkStore(Database& database);

    // No value before the first save of that mapping; also none, with a sentence in *error, on failure.
    std::optional<Watermark> load(const QString& entity, const QString& boardId,
                                  QString* error = nullptr) const;
    bool save(const QString& entity, const QString& boardId, const Watermark& watermark, QString* error);

private:
    Database& m_database;
};

} // namespace mlc

#pragma once

#include "store/AuditFilter.h"

#include <QObject>
#include <QSaveFile>

namespace mlc {
class Database;
}

namespace mlc::ui {

// Writes the entries a filter selects to a CSV file a page at a time, each page on its own turn of the event
// loop, so a trail of a million entries exports with progress while the window stays responsive. The file
// appears only when complete (QSaveFile): a failed or cancelled export leaves nothing half-written.
class AuditCsvExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 2000;

    AuditCsvExport(Database& database, AuditFilter filter, const QString& path, QObject* parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int written);
    // `message` says what was written where, or why nothing was.
    void finished(bool ok, const QString& message);

private:
    void writePage();
    void finish(bool ok, const QString& message);

    Database& m_database;
    AuditFilter m_filter;
    QSaveFile m_file;
    qint64 m_beforeId = 0;
    int m_written = 0;
    bool m_done = false;
};

} // namespace mlc::ui

#include "AuditCsvExport.h"

#include "store/AuditCsv.h"
#include "store/AuditLog.h"

#include <QDir>
#include <QTimer>

namespace mlc::ui {

AuditCsvExport::AuditCsvExport(Database& database, AuditFilter filter, const QString& path, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_filter(std::move(filter))
    , m_file(path)
{}

void AuditCsvExport::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(
            false,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return;
    }
    m_file.write(AuditCsv::header());
    QTimer::singleShot(0, this, &AuditCsvExport::writePage);
}

void AuditCsvExport::cancel()
{
    if (m_done)
        return;
    m_file.cancelWriting();
    finish(false, tr("The export was cancelled; no file was written."));
}

void AuditCsvExport::writePage()
{
    if (m_done)
        return;
    AuditFilter page = m_filter;
    page.beforeId = m_beforeId;
    page.limit = kPageSize;
    QString error;
    const std::optional<QList<AuditEntry>> entries = AuditLog(m_database).query(page, &error);
    if (!entries) {
        m_file.cancelWriting();
        finish(false, error);
        return;
    }
    for (const AuditEntry& entry : *entries)
        m_file.write(AuditCsv::row(entry));
    m_written += int(entries->size());
    Q_EMIT progress(m_written);
    if (entries->size() == kPageSize) {
        m_beforeId = entries->last().id;
        QTimer::singleShot(0, this, &AuditCsvExport::writePage);
        return;
    }
    if (!m_file.commit()) {
        finish(
            false,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return;
    }
    finish(true, tr("%n entry(ies) exported to %1.", nullptr, m_written)
                     .arg(QDir::toNativeSeparators(m_file.fileName())));
}

void AuditCsvExport::finish(bool ok, const QString& message)
{
    m_done = true;
    Q_EMIT finished(ok, message);
}

} // namespace mlc::ui

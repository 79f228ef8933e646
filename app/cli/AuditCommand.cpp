#include "AuditCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "StateSession.h"
#include "bc/BcEntity.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::cli {

namespace {

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("(empty)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QDateTime timeOption(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) // a date alone: that day from midnight UTC
        time = QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC);
    return time.isValid() && time.timeSpec() == Qt::LocalTime ? time.toUTC() : time;
}

} // namespace

AuditCommand::AuditCommand(const CliOptions& options, Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

ExitCode AuditCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.error(tr("\"audit\" takes options only, got \"%1\". Run \"ml-connector-cli --help\".")
                           .arg(arguments.join(QLatin1Char(' '))));
        return ExitUsageOrProfile;
    }
    QString problem;
    const std::optional<AuditFilter> wanted = filter(&problem);
    if (!wanted) {
        m_output.error(problem);
        return ExitUsageOrProfile;
    }
    ExitCode failure = ExitOk;
    const std::unique_ptr<StateSession> session =
        StateSession::openForReading(m_options.dataDir, m_clock, m_output, &failure);
    if (!session)
        return failure;
    QString error;
    const std::optional<QList<AuditEntry>> entries = AuditLog(session->database()).query(*wanted, &error);
    if (!entries) {
        m_output.error(error);
        return ExitLocalStateError;
    }
    QJsonArray json;
    for (const AuditEntry& entry : *entries) {
        json.append(entry.toJson());
        m_output.line(describe(entry));
    }
    if (entries->isEmpty())
        m_output.line(tr("No audit entry matches."));
    else if (entries->size() == wanted->limit)
        m_output.line(tr("(the newest %1; --limit N shows more)").arg(wanted->limit));
    if (m_output.isJson())
        m_output.result({{QStringLiteral("entries"), json}});
    return ExitOk;
}

std::optional<AuditFilter> AuditCommand::filter(QString* problem) const
{
    const QMap<QString, QString>& given = m_options.commandOptions;
    AuditFilter filter;
    if (given.contains(QStringLiteral("entity"))) {
        const QString entity = given.value(QStringLiteral("entity"));
        if (!BcEntities::fromString(entity)) {
            *problem = tr("--entity \"%1\" is not a Business Central entity the connector maps.").arg(entity);
            return std::nullopt;
        }
        filter.entity = entity;
    }
    if (given.contains(QStringLiteral("status"))) {
        const QString status = given.value(QStringLiteral("status"));
        filter.event = AuditEvents::fromWireName(status);
        if (!filter.event) {
            *problem =
                tr("--status \"%1\" is not an audit event; use one of fetched, planned, created, updated, "
                   "unchanged, deferred, failed, replayed, archived, deleted, adopted, rejected, retried, "
                   "drifted.")
                    .arg(status);
            return std::nullopt;
        }
    }
    filter.record = given.value(QStringLiteral("bc-id"));
    filter.itemId = given.value(QStringLiteral("item"));
    for (const auto& [name, target] : {std::pair{QStringLiteral("since"), &filter.since},
                                       std::pair{QStringLiteral("until"), &filter.until}}) {
        if (!given.contains(name))
            continue;
        *target = timeOption(given.value(name));
        if (!target->isValid()) {
            *problem = tr("--%1 takes a date or time such as 2026-11-28 or 2026-11-28T14:00:00Z, not \"%2\".")
                           .arg(name, given.value(name));
            return std::nullopt;
        }
    }
    if (given.contains(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = given.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > AuditFilter::maximumLimit) {
            *problem = tr("--limit takes a number from 1 to %1, not \"%2\".")
                           .arg(AuditFilter::maximumLimit)
                           .arg(given.value(QStringLiteral("limit")));
            return std::nullopt;
        }
    }
    return filter;
}

// "#812 2026-11-28 14:03:11Z created purchaseInvoices 108179 → item 9120000041; amount (empty) → 12.5"
QString AuditCommand::describe(const AuditEntry& entry) const
{
    QString line = QStringLiteral("#%1 %2 %3")
                       .arg(entry.id)
                       .arg(entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                            AuditEvents::wireName(entry.event));
    if (!entry.entity.isEmpty())
        line += QLatin1Char(' ') + entry.entity;
    if (!entry.bcNumber.isEmpty() || !entry.bcId.isEmpty())
        line += QLatin1Char(' ') + (entry.bcNumber.isEmpty() ? entry.bcId : entry.bcNumber);
    if (!entry.itemId.isEmpty())
        line += tr(" → item %1").arg(entry.itemId);
    QStringList changes;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        changes << tr("%1 %2 → %3")
                       .arg(it.key(), shown(change.value(QStringLiteral("old"))),
                            shown(change.value(QStringLiteral("new"))));
    }
    if (!changes.isEmpty())
        line += QStringLiteral("; ") + changes.join(QStringLiteral(", "));
    if (entry.attempt > 1)
        line += tr(" (attempt %1)").arg(entry.attempt);
    if (!entry.detail.isEmpty())
        line += QStringLiteral(" — ") + entry.detail;
    if (!entry.error.isEmpty())
        line += QStringLiteral("\n    ") + entry.error;
    return line;
}

} // namespace mlc::cli

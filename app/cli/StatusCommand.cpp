#include "StatusCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "ProfileSource.h"
#include "StateSession.h"
#include "common/Clock.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "store/WatermarkStore.h"
#include "sync/PollState.h"
#include "sync/Profile.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QJsonArray>

namespace mlc::cli {

namespace {

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

StatusCommand::StatusCommand(const CliOptions& options, Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

ExitCode StatusCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.error(
            tr("\"status\" takes no arguments, got \"%1\".").arg(arguments.join(QLatin1Char(' '))));
        return ExitUsageOrProfile;
    }
    ExitCode failure = ExitOk;
    const std::unique_ptr<StateSession> session =
        StateSession::openForReading(m_options.dataDir, m_clock, m_output, &failure);
    if (!session)
        return failure;
    const std::optional<Profile> profile =
        m_options.profilePath.isEmpty() ? ProfileSource::storedIn(*session, m_output, &failure)
                                        : ProfileSource::fromFile(m_options.profilePath, m_output, &failure);
    if (!profile)
        return failure;

    QJsonArray mappings;
    int failed = 0;
    for (const Mapping& mapping : profile->mappings) {
        QString error;
        const std::optional<QJsonObject> status = mappingStatus(session->database(), mapping, &error);
        if (!status) {
            m_output.error(error);
            return ExitLocalStateError;
        }
        print(*status);
        failed += status->value(QStringLiteral("queue")).toObject().value(QStringLiteral("failed")).toInt() +
                  status->value(QStringLiteral("notPlanned")).toInt();
        mappings.append(*status);
    }
    const std::optional<QJsonArray> subscriptions = subscriptionStatus(session->database(), *profile);
    if (!subscriptions)
        return ExitLocalStateError;
    if (failed > 0)
        m_output.line(
            tr("%n record(s) failed; \"ml-connector-cli audit --status failed\" says why, \"ml-connector-cli "
               "replay --failed\" tries them again.",
               nullptr, failed));
    if (m_output.isJson())
        m_output.result({{QStringLiteral("dataDir"), session->dataDir()},
                         {QStringLiteral("mappings"), mappings},
                         {QStringLiteral("subscriptions"), *subscriptions}});
    return ExitOk;
}

std::optional<QJsonObject> StatusCommand::mappingStatus(Database& database, const Mapping& mapping,
                                                        QString* error) const
{
    const QString entity = BcEntities::toString(mapping.entity);
    const std::optional<qint64> linked = LinkStore(database).countOnBoard(entity, mapping.boardId, error);
    const std::optional<QMap<QString, Outbox::StateCounts>> counts = Outbox(database).countsByBoard(error);
    if (!linked || !counts)
        return std::nullopt;
    QString readError;
    const std::optional<Watermark> watermark =
        WatermarkStore(database).load(entity, mapping.boardId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    const Outbox::StateCounts queue = counts->value(mapping.boardId);
    const PollState state = watermark ? PollState::fromJson(watermark->deltaCursor) : PollState();
    return QJsonObject{
        {QStringLiteral("entity"), entity},
        {QStringLiteral("boardId"), mapping.boardId},
        {QStringLiteral("items"), *linked},
        {QStringLiteral("lastPolledAt"), watermark ? timeText(watermark->lastPolledAt) : QString()},
        {QStringLiteral("watermark"), watermark ? timeText(watermark->lastModified) : QString()},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("pending"), queue.pending},
                                              {QStringLiteral("inFlight"), queue.inFlight},
                                              {QStringLiteral("failed"), queue.failed},
                                              {QStringLiteral("done"), queue.done}}},
        {QStringLiteral("waitingForLink"), int(state.deferred.size())},
        {QStringLiteral("notPlanned"), int(state.failedPlans.size())}};
}

// The subscriptions as the state database has them (the running engine keeps it current): state,
// expiry and the last renewal error; with a line per mapped entity that is polled instead.
std::optional<QJsonArray> StatusCommand::subscriptionStatus(Database& database, const Profile& profile) const
{
    const WebhookSettings webhooks = profile.webhooks.value_or(WebhookSettings());
    QString error;
    const std::optional<QList<WebhookSubscription>> stored = WebhookSubscriptionStore(database).all(&error);
    if (!stored) {
        m_output.error(error);
        return std::nullopt;
    }
    if (!webhooks.enabled) {
        m_output.line(stored->isEmpty()
                          ? tr("Webhooks: off; every mapping is polled.")
                          : tr("Webhooks: off; the next run deletes %n subscription(s) left in Business "
                               "Central.",
                               nullptr, int(stored->size())));
    } else {
        m_output.line(tr("Webhooks: on, notifications to %1").arg(webhooks.publicUrl.toString()));
    }
    const QDateTime now = m_clock.nowUtc();
    QJsonArray subscriptions;
    for (const WebhookSubscription& subscription : *stored) {
        const bool expired = subscription.expiresAt.isValid() && subscription.expiresAt <= now;
        const QString state = expired ? QStringLiteral("expired") : subscription.state;
        subscriptions.append(QJsonObject{{QStringLiteral("entity"), subscription.entity},
                                         {QStringLiteral("subscriptionId"), subscription.subscriptionId},
                                         {QStringLiteral("state"), state},
                                         {QStringLiteral("expiresAt"), timeText(subscription.expiresAt)},
                                         {QStringLiteral("lastError"), subscription.lastError}});
        if (state == QStringLiteral("active"))
            m_output.line(tr("  %1: notifications live until %2")
                              .arg(subscription.entity, timeText(subscription.expiresAt)));
        else
            m_output.line(tr("  %1: subscription %2 (%3); polled on its cadence meanwhile")
                              .arg(subscription.entity, state,
                                   subscription.lastError.isEmpty() ? tr("no error recorded")
                                                                    : subscription.lastError));
    }
    if (webhooks.enabled) {
        for (const Mapping& mapping : profile.mappings) {
            if (mapping.entity == BcEntity::PurchaseOrders)
                m_output.line(tr("  purchaseOrders: polled (Business Central does not notify about them)"));
        }
    }
    return subscriptions;
}

void StatusCommand::print(const QJsonObject& status) const
{
    const QJsonObject queue = status.value(QStringLiteral("queue")).toObject();
    const QString polled = status.value(QStringLiteral("lastPolledAt")).toString();
    m_output.line(tr("%1 → board %2: %3 item(s)")
                      .arg(status.value(QStringLiteral("entity")).toString(),
                           status.value(QStringLiteral("boardId")).toString())
                      .arg(status.value(QStringLiteral("items")).toInteger()));
    m_output.line(polled.isEmpty() ? tr("  never polled")
                                   : tr("  last poll %1, changes read up to %2")
                                         .arg(polled, status.value(QStringLiteral("watermark")).toString()));
    m_output.line(tr("  write queue: %1 pending, %2 in flight, %3 failed, %4 done")
                      .arg(queue.value(QStringLiteral("pending")).toInt())
                      .arg(queue.value(QStringLiteral("inFlight")).toInt())
                      .arg(queue.value(QStringLiteral("failed")).toInt())
                      .arg(queue.value(QStringLiteral("done")).toInt()));
    const int waiting = status.value(QStringLiteral("waitingForLink")).toInt();
    const int notPlanned = status.value(QStringLiteral("notPlanned")).toInt();
    if (waiting > 0)
        m_output.line(tr("  %n record(s) to read again on the next pass (notified by Business Central, or "
                         "waiting for a linked record)",
                         nullptr, waiting));
    if (notPlanned > 0)
        m_output.line(tr("  %n record(s) could not be mapped onto the board's columns", nullptr, notPlanned));
}

} // namespace mlc::cli

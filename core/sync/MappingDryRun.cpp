#include "MappingDryRun.h"

#include "common/SystemClock.h"
#include "store/Database.h"
#include "sync/EngineClients.h"
#include "sync/RecordPlan.h"

#include <memory>

namespace mlc {

namespace {

// Lives on the dry run's thread: its own database connection and network, like the engine's.
class DryRunWorker : public QObject
{
    Q_OBJECT

public:
    struct Input
    {
        Profile profile;
        Mapping mapping;
        QString dataDir;
        QString bcClientSecret;
        QString mondayToken;
    };

    explicit DryRunWorker(Input input)
        : m_input(std::move(input))
    {}

    void run()
    {
        QString error;
        m_database = Database::open(m_input.dataDir, QStringLiteral("dry-run"), m_clock, &error);
        if (!m_database) {
            m_outcome.result.mapping = m_input.mapping;
            m_outcome.result.error = error;
            m_outcome.result.failure = SyncFailure::LocalState;
            Q_EMIT done(m_outcome);
            return;
        }
        m_clients = std::make_unique<EngineClients>(m_input.profile, m_input.bcClientSecret,
                                                    m_input.mondayToken, m_clock);
        SyncPass::Settings settings;
        settings.polling.dryRun = true;
        m_pass = std::make_unique<SyncPass>(*m_database, m_clients->bc(), m_clients->monday(), m_clock,
                                            QList<Mapping>{m_input.mapping}, settings);
        m_pass->setLinkTargets(m_input.profile.mappings);
        connect(m_pass.get(), &SyncPass::planned, this, [this](const Mapping&, const RecordPlan& plan) {
            if (plan.action == RecordPlan::Action::Failed &&
                m_outcome.problems.size() < MappingDryRun::kMaxProblems) {
                const QString who = plan.bcNumber.isEmpty() ? plan.bcId : plan.bcNumber;
                m_outcome.problems << QStringLiteral("%1: %2").arg(who, plan.error);
            }
        });
        connect(m_pass.get(), &SyncPass::finished, this, [this] {
            if (!m_pass->results().isEmpty())
                m_outcome.result = m_pass->results().constFirst();
            Q_EMIT done(m_outcome);
        });
        m_pass->start();
    }

Q_SIGNALS:
    void done(const mlc::MappingDryRun::Outcome& outcome);

private:
    Input m_input;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EngineClients> m_clients;
    std::unique_ptr<SyncPass> m_pass;
    MappingDryRun::Outcome m_outcome;
};

} // namespace

MappingDryRun::MappingDryRun(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Outcome>();
    m_thread.setObjectName(QStringLiteral("ml-connector dry run"));
}

MappingDryRun::~MappingDryRun()
{
    m_thread.quit();
    m_thread.wait();
}

void MappingDryRun::start(const Profile& profile, const Mapping& mapping, const QString& dataDir,
                          const QString& bcClientSecret, const QString& mondayToken)
{
    if (m_thread.isRunning())
        return;
    auto* worker = new DryRunWorker({profile, mapping, dataDir, bcClientSecret, mondayToken});
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DryRunWorker::done, this, [this](const Outcome& outcome) {
        m_thread.quit();
        m_thread.wait();
        Q_EMIT finished(outcome);
    });
    m_thread.start();
    QMetaObject::invokeMethod(worker, &DryRunWorker::run, Qt::QueuedConnection);
}

} // namespace mlc

#include "MappingDryRun.moc"

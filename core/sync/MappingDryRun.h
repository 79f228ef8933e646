#pragma once

#include "sync/Profile.h"
#include "sync/SyncPass.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace mlc {

// "What would switching this mapping on do?": one dry pass of a mapping, as `sync --once --dry-run` runs
// it (every record read and planned against the board, nothing written, no watermark moved), on a thread
// of its own so the mapping editor stays responsive through a long read. The answer is the pass's counts
// ("this will create 212 items and update 3") and the reasons of the first records that cannot be written.
class MappingDryRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        SyncPass::MappingResult result;
        QStringList problems; // "PI-1042: …", at most kMaxProblems
    };
    static constexpr int kMaxProblems = 20;

    explicit MappingDryRun(QObject* parent = nullptr);
    // Stops the pass (nothing is written either way) and waits for the thread.
    ~MappingDryRun() override;

    // `profile` supplies the connections and the mappings `mapping` may link to; `dataDir` the links the
    // connector already made, so records on the board count as updates or unchanged.
    void start(const Profile& profile, const Mapping& mapping, const QString& dataDir,
               const QString& bcClientSecret, const QString& mondayToken);
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void finished(const mlc::MappingDryRun::Outcome& outcome);

private:
    QThread m_thread;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MappingDryRun::Outcome)

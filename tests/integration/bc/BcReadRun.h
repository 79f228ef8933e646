#pragma once

#include "bc/BcCollectionReader.h"
#include "bc/BcDeltaReader.h"

#include <QTest>

#include <optional>

// Drives a reader to its end as the engine does, one page after the other, and keeps what it delivered.
struct BcReadRun
{
    QList<mlc::BcRecord> records;
    QList<int> pageSizes;
    QStringList rejected;
    std::optional<mlc::BcError> error;
    bool done = false;
    bool timedOut = false;

    template <typename Reader>
    static BcReadRun of(Reader& reader, int timeoutMs = 30000)
    {
        BcReadRun run;
        QObject context;
        QObject::connect(&reader, &Reader::pageRead, &context, [&](const QList<mlc::BcRecord>& page) {
            run.records.append(page);
            run.pageSizes.append(int(page.size()));
            if (reader.hasMorePages()) {
                reader.readNextPage();
            } else {
                run.done = true;
            }
        });
        QObject::connect(&reader, &Reader::recordRejected, &context,
                         [&](const QString& reason, const QJsonObject&) { run.rejected.append(reason); });
        QObject::connect(&reader, &Reader::failed, &context, [&](const mlc::BcError& error) {
            run.error = error;
            run.done = true;
        });
        reader.readNextPage();
        run.timedOut = !QTest::qWaitFor([&] { return run.done; }, timeoutMs);
        return run;
    }

    QStringList ids() const
    {
        QStringList result;
        for (const mlc::BcRecord& record : records) {
            result.append(record.id);
        }
        return result;
    }
};

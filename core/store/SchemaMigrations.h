#pragma once

#include "store/Migration.h"

#include <vector>

namespace mlc {

// The schema of the state store, as the numbered list of migrations that builds it.
class SchemaMigrations
{
public:
    static const std::vector<Migration>& all();
    static int latestVersion();

private:
    static Migration coreTables();
    static Migration auditBrowserIndexesAndAppendOnlyAudit();
    static Migration deltaCursorPlannedValuesAndOneOpenWritePerRecord();
    static Migration webhookInbox();
};

} // namespace mlc

#pragma once

namespace mlc {

// Exit statuses of the programs, contract.md §4. Scripts depend on these numbers: only ever add.
enum ExitCode : int
{
    ExitOk = 0,
    ExitRecordsFailed = 1,   // finished, but some records failed (in the audit trail, replayable)
    ExitUsageOrProfile = 2,  // bad command line or profile
    ExitUnreachable = 3,     // cannot authenticate to or reach a system
    ExitDataDirLocked = 4,   // another instance holds this data dir
    ExitLocalStateError = 5, // the data dir, its database or a local file cannot be used (newer schema, disk)
};

} // namespace mlc

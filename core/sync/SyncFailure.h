#pragma once

namespace mlc {

struct BcError;

// Why a mapping could not be synced at all, in the terms of the CLI's exit codes (contract.md §4).
enum class SyncFailure
{
    None,
    Unreachable, // a system could not be reached or refused the credentials (exit 3)
    Mapping,     // the profile names something that is not there: a board, a column (exit 2)
    LocalState,  // the data folder's database refused a change (exit 5)
    Other        // anything else that stopped the mapping, e.g. an answer of the wrong shape
};

// A BC read that failed: unreachable (network, credentials, throttling, outage) or something else.
SyncFailure syncFailureOf(const BcError& error);

} // namespace mlc

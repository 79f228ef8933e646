#include "SyncFailure.h"

#include "bc/BcError.h"

namespace mlc {

SyncFailure syncFailureOf(const BcError& error)
{
    switch (error.kind) {
    case BcError::Kind::Unauthorized:
    case BcError::Kind::Token:
    case BcError::Kind::Network:
    case BcError::Kind::Timeout:
        return SyncFailure::Unreachable;
    case BcError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus >= 500 ? SyncFailure::Unreachable
                                                                  : SyncFailure::Other;
    case BcError::Kind::Malformed:
        return SyncFailure::Other;
    }
    return SyncFailure::Other;
}

} // namespace mlc

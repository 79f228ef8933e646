#include "BcLogging.h"

Q_LOGGING_CATEGORY(lcOData, "mlc.bc.odata")

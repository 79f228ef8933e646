#include "MondayClientLogging.h"

Q_LOGGING_CATEGORY(lcMondayClient, "mlc.monday.client")

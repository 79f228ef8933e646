#pragma once

#include <QLoggingCategory>

// The monday GraphQL client's category.
Q_DECLARE_LOGGING_CATEGORY(lcMondayClient)

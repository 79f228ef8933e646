#pragma once

#include <QLoggingCategory>

// The OData client's category, shared by the classes that read from Business Central.
Q_DECLARE_LOGGING_CATEGORY(lcOData)

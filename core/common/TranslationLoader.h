#pragma once

#include <QLocale>

namespace mlc {

// Installs Qt's own and ml-connector's translations for a locale (the system's unless the admin chose one).
// Our catalogues are compiled into the programs under :/i18n, so nothing depends on install paths.
class TranslationLoader
{
public:
    // Returns the language that was loaded for ml-connector's own texts ("en" when nothing matched).
    static QString install(const QLocale& locale = QLocale());
};

} // namespace mlc

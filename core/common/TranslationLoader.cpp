#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mlc {

QString TranslationLoader::install(const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* ownTranslator = new QTranslator(QCoreApplication::instance());
    if (ownTranslator->load(locale, QStringLiteral("ml-connector"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
        return ownTranslator->language();
    }
    // English plural forms ("1 mapping", "2 mappings") live in the _en catalogue, so it is the fallback.
    if (ownTranslator->load(QStringLiteral(":/i18n/ml-connector_en.qm"))) {
        QCoreApplication::installTranslator(ownTranslator);
        return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace mlc

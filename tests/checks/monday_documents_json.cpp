// Writes every document of MondayDocuments, with realistic variables built by the same functions the
// connector uses, as the JSON array validate-graphql.mjs reads (`--json FILE`). Fails when a document of
// MondayDocuments::all() has no sample here, so a new document cannot skip the schema check.

#include "monday/MondayDocuments.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

using mlc::MondayDocuments;
using mlc::MondayRequestBody;

namespace {

const QString kBoardId = QStringLiteral("1234567890");
const QString kItemId = QStringLiteral("9876543210");
const QString kBcId = QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1");
const QString kCursor =
    QStringLiteral("MSw5NzI4MDA5MDAsaV9YcmxJb0p1VEdYc1VWeGlxeF9kLDg4MiwzNXw0MTQ1NzU1MTE5");

// Every column type the mapping can write, encoded as the codecs encode them (monday.md §5.2).
QJsonObject allColumnTypes()
{
    return QJsonObject{
        {QStringLiteral("text_bcid"), kBcId},
        {QStringLiteral("numbers_amount"), QStringLiteral("1234.5")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("label"), QStringLiteral("Awaiting approval")}}},
        {QStringLiteral("date_due"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-06-15")}}},
        {QStringLiteral("dropdown_vendor"),
         QJsonObject{{QStringLiteral("labels"), QJsonArray{QStringLiteral("Fabrikam, Inc.")}}}},
        {QStringLiteral("long_text"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("Line 1\n\"quoted\" line 2")}}},
        {QStringLiteral("email"), QJsonObject{{QStringLiteral("email"), QStringLiteral("ap@fabrikam.com")},
                                              {QStringLiteral("text"), QStringLiteral("ap@fabrikam.com")}}},
        {QStringLiteral("phone"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("+12025550169")},
                                              {QStringLiteral("countryShortName"), QStringLiteral("US")}}},
        {QStringLiteral("link"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://fabrikam.com")},
                                             {QStringLiteral("text"), QStringLiteral("Fabrikam")}}},
        {QStringLiteral("checkbox"), QJsonObject{{QStringLiteral("checked"), QStringLiteral("true")}}},
    };
}

QList<MondayRequestBody> samples()
{
    const QStringList columnIds{QStringLiteral("text_bcid"), QStringLiteral("status"),
                                QStringLiteral("date_due")};
    const QJsonObject changed{
        {QStringLiteral("numbers_amount"), QStringLiteral("99.95")},
        {QStringLiteral("connect_vendor"), QJsonObject{{QStringLiteral("item_ids"), QJsonArray{1122334455}}}},
        {QStringLiteral("date_due"), QJsonValue::Null},
        {QStringLiteral("name"), QStringLiteral("PI-104233")},
    };
    return {
        MondayDocuments::connectionTestRequest(),
        MondayDocuments::boardStructureRequest({kBoardId}),
        MondayDocuments::boardListRequest(2),
        MondayDocuments::boardStructureRequest({kBoardId, QStringLiteral("1234567891")}),
        MondayDocuments::itemsFirstPageRequest(kBoardId),
        MondayDocuments::itemsFirstPageRequest(kBoardId, columnIds, 100),
        MondayDocuments::nextItemsPageRequest(kCursor),
        MondayDocuments::nextItemsPageRequest(kCursor, columnIds),
        MondayDocuments::itemsByColumnValueRequest(kBoardId, QStringLiteral("text_bcid"), kBcId),
        MondayDocuments::itemsByColumnValueRequest(kBoardId, QStringLiteral("text_bcid"), kBcId, columnIds,
                                                   5),
        MondayDocuments::itemsByColumnValueNextPageRequest(kBoardId, kCursor),
        MondayDocuments::createItemRequest(kBoardId, QStringLiteral("topics"), QStringLiteral("PI-104233"),
                                           allColumnTypes(), false),
        MondayDocuments::createItemRequest(kBoardId, QString(), QStringLiteral("Fabrikam, Inc."), {}, true),
        MondayDocuments::changeColumnValuesRequest(kBoardId, kItemId, changed, false),
        MondayDocuments::changeColumnValuesRequest(kBoardId, kItemId, allColumnTypes(), true),
        MondayDocuments::archiveItemRequest(kItemId),
        MondayDocuments::deleteItemRequest(kItemId),
        MondayDocuments::createTextColumnRequest(kBoardId, QStringLiteral("BC id")),
    };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: monday_documents_json OUTPUT.json\n";
        return 2;
    }
    QJsonArray requests;
    QSet<QString> covered;
    for (const MondayRequestBody& body : samples()) {
        covered.insert(body.query);
        // validate-graphql.mjs names an invalid document by its "name", so a failure says which one.
        QJsonObject request = body.toJsonObject();
        request.insert(QStringLiteral("name"), body.operationName);
        requests.append(request);
    }
    int missing = 0;
    for (const MondayDocuments::Document& document : MondayDocuments::all()) {
        if (!covered.contains(document.query)) {
            err << "no sample request for document " << document.operationName << '\n';
            ++missing;
        }
    }
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(QJsonDocument(requests).toJson()) < 0) {
        err << "cannot write " << out.fileName() << ": " << out.errorString() << '\n';
        return 2;
    }
    return missing == 0 ? 0 : 1;
}

#include "TestPaths.h"
#include "bc/BcEntityCatalogue.h"
#include "sync/ProfileReader.h"
#include "sync/ProfileRules.h"
#include "sync/ProfileWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

namespace {

QString joined(const QList<ProfileError>& errors)
{
    QStringList lines;
    for (const ProfileError& error : errors)
        lines << error.toString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray exampleBytes()
{
    QFile file(test::dataPath(QStringLiteral("profiles/example.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the example profile");
    return file.readAll();
}

// One step of a path such as "mappings[0].columns[2].values": an object key, or an array index.
struct Step
{
    QString key;
    qsizetype index = -1;
};

QList<Step> parsePath(const QString& path)
{
    QList<Step> steps;
    static const QRegularExpression stepPattern(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = stepPattern.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(2) > 0)
            steps << Step{QString(), match.captured(2).toInt()};
        else
            steps << Step{match.captured(1), -1};
    }
    return steps;
}

// Sets (or, with an undefined value, removes) the value at `steps` inside `node`.
QJsonValue setAt(const QJsonValue& node, QList<Step> steps, const QJsonValue& value)
{
    const Step step = steps.takeFirst();
    if (step.index >= 0) {
        QJsonArray array = node.toArray();
        const bool exists = step.index < array.size();
        const QJsonValue child =
            steps.isEmpty() ? value : setAt(exists ? array.at(step.index) : QJsonValue(), steps, value);
        if (exists && child.isUndefined())
            array.removeAt(step.index);
        else if (exists)
            array[step.index] = child;
        else
            array.append(child);
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty() && value.isUndefined())
        object.remove(step.key);
    else
        object.insert(step.key, steps.isEmpty() ? value : setAt(object.value(step.key), steps, value));
    return object;
}

using Changes = QList<QPair<QString, QJsonValue>>;
const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

// The contract's example with some values changed; each change is "dotted.path[1].key" -> value.
QByteArray exampleWith(const Changes& changes)
{
    QJsonValue root = QJsonDocument::fromJson(exampleBytes()).object();
    for (const auto& change : changes)
        root = setAt(root, parsePath(change.first), change.second);
    return QJsonDocument(root.toObject()).toJson();
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QJsonObject result;
    for (const auto& member : members)
        result.insert(member.first, member.second);
    return result;
}

QByteArray minimalProfile()
{
    return R"({
  "version": 1,
  "businessCentral": {
    "tenantId": "11111111-aaaa-bbbb-cccc-000000000000",
    "environment": "Sandbox",
    "companyId": "a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1",
    "clientId": "11111111-2222-3333-4444-555555555555"
  },
  "mappings": [
    { "entity": "vendors", "boardId": "42", "itemName": "displayName", "bcIdColumn": "text_bcid", "columns": [] }
  ]
})";
}

QByteArray profileWithManyErrors()
{
    return R"({
  "version": 1,
  "extra": true,
  "businessCentral": {
    "tenantID": "contoso.onmicrosoft.com",
    "environment": "Production",
    "companyId": "not-a-guid",
    "clientId": "11111111-2222-3333-4444-555555555555",
    "apiBaseUrl": "http://api.businesscentral.dynamics.com/v2.0"
  },
  "monday": { "mutationsPerMinute": "40" },
  "webhooks": { "enabled": true, "listen": "8787" },
  "mappings": [
    { "entity": "vendors", "boardId": "1", "itemName": "displayName", "bcIdColumn": "text_bcid",
      "pollSeconds": 2, "onDelete": "archive",
      "columns": [ { "field": "email", "column": "text_bcid" }, { "field": "phoneNumber" } ] },
    { "entity": "vendors", "boardId": "x2", "itemName": "displayName", "bcIdColumn": "text_bcid", "columns": [] }
  ]
})";
}

QByteArray contractValuesInContractOrder()
{
    return R"({ "Open": "Approved", "In_x0020_Review": "Awaiting approval", "Paid": "Done" })";
}

QByteArray contractValuesInKeyOrder()
{
    return R"({ "In_x0020_Review": "Awaiting approval", "Open": "Approved", "Paid": "Done" })";
}

Profile maximalProfile()
{
    Profile profile;
    profile.businessCentral.tenantId = QStringLiteral("fabrikam.onmicrosoft.com");
    profile.businessCentral.environment = QStringLiteral("Test_EU-2");
    profile.businessCentral.companyId = QStringLiteral("ABCDEF01-2345-6789-abcd-ef0123456789");
    profile.businessCentral.clientId = QStringLiteral("99999999-8888-7777-6666-555555555555");
    profile.businessCentral.authorityUrl = QUrl(QStringLiteral("http://127.0.0.1:40001/entra"));
    profile.businessCentral.apiBaseUrl = QUrl(QStringLiteral("http://localhost:40002/v2.0/"));
    profile.monday.apiUrl = QUrl(QStringLiteral("http://[::1]:40003/v2?trace=1"));
    profile.monday.apiVersion = QStringLiteral("current");
    profile.monday.mutationsPerMinute = 100000;

    WebhookSettings webhooks;
    webhooks.enabled = true;
    webhooks.listenHost = QStringLiteral("::1");
    webhooks.listenPort = 65535;
    webhooks.publicUrl = QUrl(QStringLiteral("https://hooks.example.com/bc/notifications?tenant=x%20y"));
    webhooks.tlsCertificate = QStringLiteral("/etc/ml-connector/tls/cert.pem");
    webhooks.tlsKey = QStringLiteral("/etc/ml-connector/tls/key \"quoted\".pem");
    webhooks.safetySweepSeconds = WebhookSettings::kMaxSafetySweepSeconds;
    profile.webhooks = webhooks;

    Mapping vendors;
    vendors.entity = BcEntity::Vendors;
    vendors.boardId = QStringLiteral("9000000001");
    vendors.itemName = QStringLiteral("displayName");
    vendors.bcIdColumn = QStringLiteral("text_bcid");
    vendors.pollSeconds = Mapping::kMinPollSeconds;
    vendors.onDelete = OnDelete::Keep;
    vendors.columns = {{QStringLiteral("email"), QStringLiteral("email_main"), {}, std::nullopt},
                       {QStringLiteral("blocked"),
                        QStringLiteral("status"),
                        {{QStringLiteral("_x0020_"), QStringLiteral("Active")},
                         {QStringLiteral("All"), QStringLiteral("Blocked – all")},
                         {QStringLiteral("Payment"), QStringLiteral("Zahlung gesperrt ü")}},
                        std::nullopt,
                        true}}; // createLabels

    Mapping invoices;
    invoices.entity = BcEntity::PurchaseInvoices;
    invoices.boardId = QStringLiteral("9000000002");
    invoices.groupId = QStringLiteral("new_group_1");
    invoices.itemName = QStringLiteral("number");
    invoices.bcIdColumn = QStringLiteral("text_bcid");
    invoices.pollSeconds = Mapping::kMaxPollSeconds;
    invoices.onDelete = OnDelete::Delete;
    invoices.columns = {{QStringLiteral("vendorId"), QStringLiteral("connect_vendor"), {}, BcEntity::Vendors},
                        {QStringLiteral("vendorId"), QStringLiteral("text_vendor_id"), {}, std::nullopt}};

    Mapping orders;
    orders.entity = BcEntity::SalesOrders;
    orders.boardId = QStringLiteral("9000000003");
    orders.itemName = QStringLiteral("number");
    orders.bcIdColumn = QStringLiteral("text-bc-id");

    profile.mappings = {vendors, invoices, orders};
    return profile;
}

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExampleReadsBackEveryField()
    {
        const ProfileReadResult result =
            ProfileReader::readFile(test::dataPath(QStringLiteral("profiles/example.json")));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QVERIFY(result.errors.isEmpty());
        const Profile& profile = *result.profile;

        QCOMPARE(profile.version, 1);
        const BusinessCentralSettings& bc = profile.businessCentral;
        QCOMPARE(bc.tenantId, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(bc.environment, QStringLiteral("Production"));
        QCOMPARE(bc.companyId, QStringLiteral("a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1"));
        QCOMPARE(bc.clientId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(bc.authorityUrl, QUrl(QStringLiteral("https://login.microsoftonline.com")));
        QCOMPARE(bc.apiBaseUrl, QUrl(QStringLiteral("https://api.businesscentral.dynamics.com/v2.0")));
        QCOMPARE(bc.tokenUrl(),
                 QUrl(QStringLiteral(
                     "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")));
        QCOMPARE(bc.apiRoot(), QUrl(QStringLiteral("https://api.businesscentral.dynamics.com/v2.0/"
                                                   "contoso.onmicrosoft.com/Production/api/v2.0")));

        QCOMPARE(profile.monday.apiUrl, QUrl(QStringLiteral("https://api.monday.com/v2")));
        QCOMPARE(profile.monday.apiVersion, QStringLiteral("2026-07"));
        QCOMPARE(profile.monday.mutationsPerMinute, 40);

        QVERIFY(profile.webhooks.has_value());
        QVERIFY(profile.webhooksEnabled());
        QCOMPARE(profile.webhooks->listenHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(profile.webhooks->listenPort, quint16(8787));
        QCOMPARE(profile.webhooks->publicUrl,
                 QUrl(QStringLiteral("https://connector.example.com/bc/notifications")));
        QCOMPARE(profile.webhooks->tlsCertificate, QString());
        QCOMPARE(profile.webhooks->tlsKey, QString());

        QCOMPARE(profile.mappings.size(), 1);
        const Mapping& mapping = profile.mappings.first();
        QCOMPARE(mapping.entity, BcEntity::PurchaseInvoices);
        QCOMPARE(mapping.boardId, QStringLiteral("1234567890"));
        QCOMPARE(mapping.groupId, std::optional<QString>(QStringLiteral("topics")));
        QCOMPARE(mapping.itemName, QStringLiteral("number"));
        QCOMPARE(mapping.bcIdColumn, QStringLiteral("text_bcid"));
        QCOMPARE(mapping.pollSeconds, 300);
        QCOMPARE(mapping.onDelete, OnDelete::Archive);
        QCOMPARE(profile.mappingFor(BcEntity::PurchaseInvoices), &mapping);
        QCOMPARE(profile.mappingFor(BcEntity::Vendors), nullptr);

        const QList<ColumnMapping> expectedColumns{
            {QStringLiteral("totalAmountIncludingTax"), QStringLiteral("numbers_amount"), {}, std::nullopt},
            {QStringLiteral("dueDate"), QStringLiteral("date_due"), {}, std::nullopt},
            {QStringLiteral("status"),
             QStringLiteral("status"),
             {{QStringLiteral("Open"), QStringLiteral("Approved")},
              {QStringLiteral("In_x0020_Review"), QStringLiteral("Awaiting approval")},
              {QStringLiteral("Paid"), QStringLiteral("Done")}},
             std::nullopt},
            {QStringLiteral("vendorName"), QStringLiteral("dropdown_vendor"), {}, std::nullopt},
            {QStringLiteral("vendorId"), QStringLiteral("connect_vendor"), {}, BcEntity::Vendors},
        };
        QCOMPARE(mapping.columns.size(), expectedColumns.size());
        for (qsizetype i = 0; i < expectedColumns.size(); ++i)
            QVERIFY2(mapping.columns.at(i) == expectedColumns.at(i), qPrintable(QString::number(i)));
    }

    // The example links to vendors without mapping them: valid, but worth a warning.
    void linkToAnUnmappedEntityIsAWarningNotAnError()
    {
        const ProfileReadResult result = ProfileReader::read(exampleBytes());
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().path, QStringLiteral("mappings[0].columns[4].linkTo"));
        QVERIFY2(result.warnings.first().message.contains(QStringLiteral("no mapping maps vendors")),
                 qPrintable(result.warnings.first().message));

        const QJsonObject vendors = object({{QStringLiteral("entity"), QStringLiteral("vendors")},
                                            {QStringLiteral("boardId"), QStringLiteral("77")},
                                            {QStringLiteral("itemName"), QStringLiteral("displayName")},
                                            {QStringLiteral("bcIdColumn"), QStringLiteral("text_bcid")},
                                            {QStringLiteral("columns"), QJsonArray()}});
        const ProfileReadResult linked =
            ProfileReader::read(exampleWith({{QStringLiteral("mappings[1]"), vendors}}));
        QVERIFY2(linked.ok(), qPrintable(joined(linked.errors)));
        QVERIFY2(linked.warnings.isEmpty(), qPrintable(joined(linked.warnings)));
    }

    void minimalProfileGetsTheContractDefaults()
    {
        const ProfileReadResult result = ProfileReader::read(minimalProfile());
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        const Profile& profile = *result.profile;
        QCOMPARE(profile.businessCentral.authorityUrl,
                 QUrl(QStringLiteral("https://login.microsoftonline.com")));
        QCOMPARE(profile.businessCentral.apiBaseUrl,
                 QUrl(QStringLiteral("https://api.businesscentral.dynamics.com/v2.0")));
        QCOMPARE(profile.monday.apiUrl, QUrl(QStringLiteral("https://api.monday.com/v2")));
        QCOMPARE(profile.monday.apiVersion, QStringLiteral("2026-07"));
        QCOMPARE(profile.monday.mutationsPerMinute, 40);
        QVERIFY(!profile.webhooks.has_value());
        QVERIFY(!profile.webhooksEnabled());
        QCOMPARE(profile.mappings.size(), 1);
        const Mapping& mapping = profile.mappings.first();
        QCOMPARE(mapping.groupId, std::nullopt);
        QCOMPARE(mapping.pollSeconds, 300);
        QCOMPARE(mapping.onDelete, OnDelete::Archive);
        QVERIFY(mapping.columns.isEmpty());
    }

    void webhooksWithOnlyRequiredPartsGetDefaults()
    {
        QByteArray json = minimalProfile();
        json.replace("\"mappings\"", "\"webhooks\": {}, \"mappings\"");
        const ProfileReadResult result = ProfileReader::read(json);
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QVERIFY(result.profile->webhooks.has_value());
        QCOMPARE(result.profile->webhooks->enabled, false);
        QCOMPARE(result.profile->webhooks->listen(), QStringLiteral("127.0.0.1:8787"));
        QVERIFY(result.profile->webhooks->publicUrl.isEmpty());
    }

    void urlsAreJoinedWhetherOrNotTheBaseEndsWithASlash()
    {
        BusinessCentralSettings bc;
        bc.tenantId = QStringLiteral("t1");
        bc.environment = QStringLiteral("Sandbox");
        bc.authorityUrl = QUrl(QStringLiteral("http://127.0.0.1:5000/entra/"));
        bc.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:5001"));
        QCOMPARE(bc.tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/entra/t1/oauth2/v2.0/token")));
        QCOMPARE(bc.apiRoot(), QUrl(QStringLiteral("http://127.0.0.1:5001/t1/Sandbox/api/v2.0")));
    }

    void entityAndOnDeleteNamesRoundTrip()
    {
        QCOMPARE(BcEntities::all().size(), 6);
        for (BcEntity entity : BcEntities::all())
            QCOMPARE(BcEntities::fromString(BcEntities::toString(entity)), std::optional<BcEntity>(entity));
        QCOMPARE(BcEntities::names(),
                 (QStringList{QStringLiteral("vendors"), QStringLiteral("customers"),
                              QStringLiteral("purchaseInvoices"), QStringLiteral("salesInvoices"),
                              QStringLiteral("purchaseOrders"), QStringLiteral("salesOrders")}));
        QCOMPARE(BcEntities::fromString(QStringLiteral("Vendors")), std::nullopt);
        for (OnDelete onDelete : {OnDelete::Archive, OnDelete::Delete, OnDelete::Keep})
            QCOMPARE(OnDeleteActions::fromString(OnDeleteActions::toString(onDelete)),
                     std::optional<OnDelete>(onDelete));
        QCOMPARE(OnDeleteActions::fromString(QStringLiteral("remove")), std::nullopt);
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.200.3.4") << QStringLiteral("127.200.3.4") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(ProfileRules::isLoopbackHost(host), loopback);
    }

    void plainHttpIsAcceptedOnLoopbackHosts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::newRow("publicUrl 127.0.0.1") << QStringLiteral("webhooks.publicUrl")
                                             << QStringLiteral("http://127.0.0.1:8787/bc/notifications");
        QTest::newRow("publicUrl ::1")
            << QStringLiteral("webhooks.publicUrl") << QStringLiteral("http://[::1]:8787/n");
        QTest::newRow("authorityUrl localhost")
            << QStringLiteral("businessCentral.authorityUrl") << QStringLiteral("http://localhost:9000");
        QTest::newRow("apiBaseUrl 127.1.2.3")
            << QStringLiteral("businessCentral.apiBaseUrl") << QStringLiteral("http://127.1.2.3:9001/v2.0");
        QTest::newRow("monday apiUrl")
            << QStringLiteral("monday.apiUrl") << QStringLiteral("http://127.0.0.1:9002/v2");
        QTest::newRow("https anywhere")
            << QStringLiteral("monday.apiUrl") << QStringLiteral("https://monday.internal.example:8443/v2");
    }

    void plainHttpIsAcceptedOnLoopbackHosts()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        const ProfileReadResult result = ProfileReader::read(exampleWith({{key, url}}));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8787") << QStringLiteral("127.0.0.1") << 8787;
        QTest::newRow("any") << QStringLiteral("0.0.0.0:1") << QStringLiteral("0.0.0.0") << 1;
        QTest::newRow("name") << QStringLiteral("localhost:65535") << QStringLiteral("localhost") << 65535;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:8080") << QStringLiteral("::1") << 8080;
    }

    void listenAddresses()
    {
        QFETCH(QString, listen);
        QFETCH(QString, host);
        QFETCH(int, port);
        const ProfileReadResult result =
            ProfileReader::read(exampleWith({{QStringLiteral("webhooks.listen"), listen}}));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QCOMPARE(result.profile->webhooks->listenHost, host);
        QCOMPARE(int(result.profile->webhooks->listenPort), port);
        QCOMPARE(result.profile->webhooks->listen(), listen);
    }

    void invalidProfileNamesPathAndProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("keyword");

        const QString bc = QStringLiteral("businessCentral.");
        const QString m0 = QStringLiteral("mappings[0].");
        const QString hooks = QStringLiteral("webhooks.");
        auto row = [](const char* name, const QByteArray& json, const QString& path, const QString& keyword) {
            QTest::newRow(name) << json << path << keyword;
        };
        auto change = [](const QString& path, const QJsonValue& value) {
            return exampleWith({{path, value}});
        };

        // The document as a whole
        row("malformed JSON", "{\n  \"version\": 1\n  \"monday\": {}\n}", QStringLiteral("$"),
            QStringLiteral("at line 3, column"));
        row("truncated JSON", exampleBytes().left(200), QStringLiteral("$"),
            QStringLiteral("not valid JSON"));
        row("empty document", "  \n", QStringLiteral("$"), QStringLiteral("empty"));
        row("root is an array", "[{\"version\": 1}]", QStringLiteral("$"), QStringLiteral("got an array"));
        row("root is a string", "\"profile\"", QStringLiteral("$"), QStringLiteral("JSON object"));
        row("duplicate key",
            QByteArray(minimalProfile()).replace("\"environment\"", "\"clientId\": \"x\", \"environment\""),
            bc + QStringLiteral("clientId"), QStringLiteral("more than once"));

        // Unknown keys at every level, with a suggestion when one is close
        row("unknown root key", change(QStringLiteral("mapping"), QJsonArray()), QStringLiteral("mapping"),
            QStringLiteral("did you mean \"mappings\"?"));
        row("unknown root key, nothing close", change(QStringLiteral("colour"), QStringLiteral("red")),
            QStringLiteral("colour"), QStringLiteral("expected one of version, businessCentral"));
        row("unknown businessCentral key", change(bc + QStringLiteral("tenantID"), QStringLiteral("x")),
            bc + QStringLiteral("tenantID"), QStringLiteral("did you mean \"tenantId\"?"));
        row("unknown monday key", change(QStringLiteral("monday.apiVerison"), QStringLiteral("2026-07")),
            QStringLiteral("monday.apiVerison"), QStringLiteral("did you mean \"apiVersion\"?"));
        row("unknown webhooks key",
            change(hooks + QStringLiteral("publicURL"), QStringLiteral("https://x.example")),
            hooks + QStringLiteral("publicURL"), QStringLiteral("did you mean \"publicUrl\"?"));
        row("unknown mapping key", change(m0 + QStringLiteral("pollSecond"), 60),
            m0 + QStringLiteral("pollSecond"), QStringLiteral("did you mean \"pollSeconds\"?"));
        row("unknown column key", change(m0 + QStringLiteral("columns[3].linkto"), QStringLiteral("vendors")),
            m0 + QStringLiteral("columns[3].linkto"), QStringLiteral("did you mean \"linkTo\"?"));

        // Version
        row("version missing", change(QStringLiteral("version"), kRemove), QStringLiteral("version"),
            QStringLiteral("missing"));
        row("version as a string", change(QStringLiteral("version"), QStringLiteral("1")),
            QStringLiteral("version"), QStringLiteral("got \"1\""));
        row("version 2", change(QStringLiteral("version"), 2), QStringLiteral("version"),
            QStringLiteral("unsupported profile version 2"));
        row("version 1.5", change(QStringLiteral("version"), 1.5), QStringLiteral("version"),
            QStringLiteral("expected the whole number 1, got 1.5"));

        // businessCentral
        row("businessCentral missing", change(QStringLiteral("businessCentral"), kRemove),
            QStringLiteral("businessCentral"), QStringLiteral("missing"));
        row("businessCentral not an object", change(QStringLiteral("businessCentral"), QJsonArray()),
            QStringLiteral("businessCentral"), QStringLiteral("expected an object"));
        row("tenantId missing", change(bc + QStringLiteral("tenantId"), kRemove),
            bc + QStringLiteral("tenantId"), QStringLiteral("missing"));
        row("tenantId empty", change(bc + QStringLiteral("tenantId"), QString()),
            bc + QStringLiteral("tenantId"), QStringLiteral("got an empty string"));
        row("tenantId with a slash", change(bc + QStringLiteral("tenantId"), QStringLiteral("contoso/evil")),
            bc + QStringLiteral("tenantId"), QStringLiteral("Entra tenant"));
        row("environment missing", change(bc + QStringLiteral("environment"), kRemove),
            bc + QStringLiteral("environment"), QStringLiteral("missing"));
        row("environment with a space",
            change(bc + QStringLiteral("environment"), QStringLiteral("My Sandbox")),
            bc + QStringLiteral("environment"), QStringLiteral("environment name"));
        row("companyId missing", change(bc + QStringLiteral("companyId"), kRemove),
            bc + QStringLiteral("companyId"), QStringLiteral("missing"));
        row("companyId not a GUID",
            change(bc + QStringLiteral("companyId"), QStringLiteral("CRONUS USA, Inc.")),
            bc + QStringLiteral("companyId"), QStringLiteral("GUID"));
        row("clientId missing", change(bc + QStringLiteral("clientId"), kRemove),
            bc + QStringLiteral("clientId"), QStringLiteral("missing"));
        row("clientId not a GUID",
            change(bc + QStringLiteral("clientId"), QStringLiteral("11111111-2222-3333-4444")),
            bc + QStringLiteral("clientId"), QStringLiteral("GUID"));
        row("clientId as a number", change(bc + QStringLiteral("clientId"), 11111111),
            bc + QStringLiteral("clientId"), QStringLiteral("expected a string"));
        row("authorityUrl plain http",
            change(bc + QStringLiteral("authorityUrl"), QStringLiteral("http://login.microsoftonline.com")),
            bc + QStringLiteral("authorityUrl"), QStringLiteral("https"));
        row("authorityUrl with a query",
            change(bc + QStringLiteral("authorityUrl"),
                   QStringLiteral("https://login.microsoftonline.com?x=1")),
            bc + QStringLiteral("authorityUrl"), QStringLiteral("?query"));
        row("apiBaseUrl not absolute",
            change(bc + QStringLiteral("apiBaseUrl"),
                   QStringLiteral("api.businesscentral.dynamics.com/v2.0")),
            bc + QStringLiteral("apiBaseUrl"), QStringLiteral("absolute URL"));
        row("apiBaseUrl ftp",
            change(bc + QStringLiteral("apiBaseUrl"), QStringLiteral("ftp://files.example.com")),
            bc + QStringLiteral("apiBaseUrl"), QStringLiteral("https"));

        // monday
        row("monday not an object",
            change(QStringLiteral("monday"), QStringLiteral("https://api.monday.com/v2")),
            QStringLiteral("monday"), QStringLiteral("expected an object"));
        row("apiUrl plain http",
            change(QStringLiteral("monday.apiUrl"), QStringLiteral("http://api.monday.com/v2")),
            QStringLiteral("monday.apiUrl"), QStringLiteral("https"));
        row("apiUrl with a password",
            change(QStringLiteral("monday.apiUrl"), QStringLiteral("https://me:secret@api.monday.com/v2")),
            QStringLiteral("monday.apiUrl"), QStringLiteral("password"));
        row("apiVersion not quarterly",
            change(QStringLiteral("monday.apiVersion"), QStringLiteral("2026-08")),
            QStringLiteral("monday.apiVersion"), QStringLiteral("API version"));
        row("apiVersion null", change(QStringLiteral("monday.apiVersion"), QJsonValue::Null),
            QStringLiteral("monday.apiVersion"), QStringLiteral("got null"));
        row("mutationsPerMinute as a string",
            change(QStringLiteral("monday.mutationsPerMinute"), QStringLiteral("40")),
            QStringLiteral("monday.mutationsPerMinute"),
            QStringLiteral("expected a whole number from 1 to 100000, got \"40\""));
        row("mutationsPerMinute 0", change(QStringLiteral("monday.mutationsPerMinute"), 0),
            QStringLiteral("monday.mutationsPerMinute"), QStringLiteral("from 1 to 100000, got 0"));
        row("mutationsPerMinute too high", change(QStringLiteral("monday.mutationsPerMinute"), 100001),
            QStringLiteral("monday.mutationsPerMinute"), QStringLiteral("got 100001"));
        row("mutationsPerMinute fraction", change(QStringLiteral("monday.mutationsPerMinute"), 40.5),
            QStringLiteral("monday.mutationsPerMinute"), QStringLiteral("whole number"));

        // webhooks
        row("webhooks not an object", change(QStringLiteral("webhooks"), true), QStringLiteral("webhooks"),
            QStringLiteral("expected an object, got true"));
        row("enabled as a string", change(hooks + QStringLiteral("enabled"), QStringLiteral("true")),
            hooks + QStringLiteral("enabled"), QStringLiteral("expected true or false, got \"true\""));
        row("publicUrl plain http",
            change(hooks + QStringLiteral("publicUrl"),
                   QStringLiteral("http://connector.example.com/bc/notifications")),
            hooks + QStringLiteral("publicUrl"), QStringLiteral("https"));
        row("publicUrl relative",
            change(hooks + QStringLiteral("publicUrl"), QStringLiteral("/bc/notifications")),
            hooks + QStringLiteral("publicUrl"), QStringLiteral("absolute URL"));
        row("enabled without publicUrl", change(hooks + QStringLiteral("publicUrl"), kRemove),
            hooks + QStringLiteral("publicUrl"), QStringLiteral("required when webhooks are enabled"));
        row("enabled with empty publicUrl", change(hooks + QStringLiteral("publicUrl"), QString()),
            hooks + QStringLiteral("publicUrl"), QStringLiteral("required when webhooks are enabled"));
        row("listen without port", change(hooks + QStringLiteral("listen"), QStringLiteral("127.0.0.1")),
            hooks + QStringLiteral("listen"), QStringLiteral("host:port"));
        row("listen port 0", change(hooks + QStringLiteral("listen"), QStringLiteral("127.0.0.1:0")),
            hooks + QStringLiteral("listen"), QStringLiteral("port from 1 to 65535"));
        row("listen port too high",
            change(hooks + QStringLiteral("listen"), QStringLiteral("127.0.0.1:65536")),
            hooks + QStringLiteral("listen"), QStringLiteral("got \"127.0.0.1:65536\""));
        row("listen as a number", change(hooks + QStringLiteral("listen"), 8787),
            hooks + QStringLiteral("listen"), QStringLiteral("expected a string"));
        row("tlsCertificate without tlsKey",
            change(hooks + QStringLiteral("tlsCertificate"), QStringLiteral("c.pem")),
            hooks + QStringLiteral("tlsKey"), QStringLiteral("required when tlsCertificate is set"));
        row("safetySweepSeconds below a minute", change(hooks + QStringLiteral("safetySweepSeconds"), 59),
            hooks + QStringLiteral("safetySweepSeconds"), QStringLiteral("59"));
        row("tlsKey without tlsCertificate",
            change(hooks + QStringLiteral("tlsKey"), QStringLiteral("k.pem")),
            hooks + QStringLiteral("tlsCertificate"), QStringLiteral("required when tlsKey is set"));

        // mappings
        row("mappings not an array", change(QStringLiteral("mappings"), QJsonObject()),
            QStringLiteral("mappings"), QStringLiteral("expected an array"));
        row("mapping not an object", change(QStringLiteral("mappings[1]"), QStringLiteral("vendors")),
            QStringLiteral("mappings[1]"), QStringLiteral("expected a mapping object"));
        row("entity missing", change(m0 + QStringLiteral("entity"), kRemove), m0 + QStringLiteral("entity"),
            QStringLiteral("missing"));
        row("entity misspelt", change(m0 + QStringLiteral("entity"), QStringLiteral("purchaseInvoice")),
            m0 + QStringLiteral("entity"), QStringLiteral("did you mean \"purchaseInvoices\"?"));
        row("entity unknown", change(m0 + QStringLiteral("entity"), QStringLiteral("items")),
            m0 + QStringLiteral("entity"), QStringLiteral("expected one of vendors, customers"));
        row("entity mapped twice",
            exampleWith({{QStringLiteral("mappings[1]"), QJsonDocument::fromJson(exampleBytes())
                                                             .object()
                                                             .value(QStringLiteral("mappings"))
                                                             .toArray()
                                                             .at(0)},
                         {QStringLiteral("mappings[1].boardId"), QStringLiteral("555")}}),
            QStringLiteral("mappings[1].entity"), QStringLiteral("already mapped by mappings[0]"));
        row("boardId missing", change(m0 + QStringLiteral("boardId"), kRemove),
            m0 + QStringLiteral("boardId"), QStringLiteral("missing"));
        row("boardId not digits", change(m0 + QStringLiteral("boardId"), QStringLiteral("12345abc")),
            m0 + QStringLiteral("boardId"), QStringLiteral("digits only"));
        row("boardId as a number", change(m0 + QStringLiteral("boardId"), 1234567890),
            m0 + QStringLiteral("boardId"), QStringLiteral("expected a string"));
        row("groupId empty", change(m0 + QStringLiteral("groupId"), QString()),
            m0 + QStringLiteral("groupId"), QStringLiteral("got an empty string"));
        row("itemName missing", change(m0 + QStringLiteral("itemName"), kRemove),
            m0 + QStringLiteral("itemName"), QStringLiteral("missing"));
        row("itemName empty", change(m0 + QStringLiteral("itemName"), QString()),
            m0 + QStringLiteral("itemName"), QStringLiteral("got an empty string"));
        row("itemName not a field name",
            change(m0 + QStringLiteral("itemName"), QStringLiteral("Invoice No.")),
            m0 + QStringLiteral("itemName"), QStringLiteral("field name"));
        row("bcIdColumn missing", change(m0 + QStringLiteral("bcIdColumn"), kRemove),
            m0 + QStringLiteral("bcIdColumn"), QStringLiteral("missing"));
        row("pollSeconds as a string", change(m0 + QStringLiteral("pollSeconds"), QStringLiteral("300")),
            m0 + QStringLiteral("pollSeconds"),
            QStringLiteral("expected a whole number from 5 to 86400, got \"300\""));
        row("pollSeconds too small", change(m0 + QStringLiteral("pollSeconds"), 1),
            m0 + QStringLiteral("pollSeconds"), QStringLiteral("from 5 to 86400, got 1"));
        row("pollSeconds too large", change(m0 + QStringLiteral("pollSeconds"), 86401),
            m0 + QStringLiteral("pollSeconds"), QStringLiteral("got 86401"));
        row("onDelete unknown", change(m0 + QStringLiteral("onDelete"), QStringLiteral("remove")),
            m0 + QStringLiteral("onDelete"), QStringLiteral("one of archive, delete, keep"));
        row("onDelete wrong case", change(m0 + QStringLiteral("onDelete"), QStringLiteral("Delete")),
            m0 + QStringLiteral("onDelete"), QStringLiteral("did you mean \"delete\"?"));

        // columns
        row("columns missing", change(m0 + QStringLiteral("columns"), kRemove),
            m0 + QStringLiteral("columns"), QStringLiteral("missing"));
        row("columns not an array", change(m0 + QStringLiteral("columns"), QJsonObject()),
            m0 + QStringLiteral("columns"), QStringLiteral("expected an array"));
        row("column not an object", change(m0 + QStringLiteral("columns[1]"), QStringLiteral("date_due")),
            m0 + QStringLiteral("columns[1]"), QStringLiteral("expected an object"));
        row("field missing", change(m0 + QStringLiteral("columns[1].field"), kRemove),
            m0 + QStringLiteral("columns[1].field"), QStringLiteral("missing"));
        row("column missing", change(m0 + QStringLiteral("columns[3].column"), kRemove),
            m0 + QStringLiteral("columns[3].column"), QStringLiteral("missing"));
        row("column empty", change(m0 + QStringLiteral("columns[3].column"), QString()),
            m0 + QStringLiteral("columns[3].column"), QStringLiteral("got an empty string"));
        row("column written twice",
            change(m0 + QStringLiteral("columns[3].column"), QStringLiteral("numbers_amount")),
            m0 + QStringLiteral("columns[3].column"), QStringLiteral("already written by columns[0]"));
        row("column is the bcIdColumn",
            change(m0 + QStringLiteral("columns[1].column"), QStringLiteral("text_bcid")),
            m0 + QStringLiteral("columns[1].column"), QStringLiteral("already written by bcIdColumn"));
        row("values not an object",
            change(m0 + QStringLiteral("columns[2].values"), QStringLiteral("Open=Approved")),
            m0 + QStringLiteral("columns[2].values"), QStringLiteral("expected an object"));
        row("values label not a string", change(m0 + QStringLiteral("columns[2].values.Paid"), 3),
            m0 + QStringLiteral("columns[2].values.Paid"), QStringLiteral("label"));
        row("values label empty", change(m0 + QStringLiteral("columns[2].values.Paid"), QString()),
            m0 + QStringLiteral("columns[2].values.Paid"), QStringLiteral("got an empty string"));
        row("linkTo misspelt", change(m0 + QStringLiteral("columns[4].linkTo"), QStringLiteral("vendor")),
            m0 + QStringLiteral("columns[4].linkTo"), QStringLiteral("did you mean \"vendors\"?"));
        row("linkTo not a string",
            change(m0 + QStringLiteral("columns[4].linkTo"), QJsonArray{QStringLiteral("x")}),
            m0 + QStringLiteral("columns[4].linkTo"), QStringLiteral("got an array"));
        row("linkTo with values", change(m0 + QStringLiteral("columns[2].linkTo"), QStringLiteral("vendors")),
            m0 + QStringLiteral("columns[2].linkTo"), QStringLiteral("not both"));

        // fields the entity does not have in BC API v2.0 (the catalogue)
        row("field misspelt", change(m0 + QStringLiteral("columns[1].field"), QStringLiteral("dueDat")),
            m0 + QStringLiteral("columns[1].field"),
            QStringLiteral("\"dueDat\" is not part of purchaseInvoices in Business Central API v2.0; "
                           "did you mean \"dueDate\"?"));
        row("field in the wrong case",
            change(m0 + QStringLiteral("columns[1].field"), QStringLiteral("DueDate")),
            m0 + QStringLiteral("columns[1].field"), QStringLiteral("did you mean \"dueDate\"?"));
        row("field of another entity",
            change(m0 + QStringLiteral("columns[3].field"), QStringLiteral("customerName")),
            m0 + QStringLiteral("columns[3].field"),
            QStringLiteral("\"customerName\" is not part of purchaseInvoices in Business Central API v2.0"));
        row("field a navigation part",
            change(m0 + QStringLiteral("columns[3].field"), QStringLiteral("pdfDocument")),
            m0 + QStringLiteral("columns[3].field"), QStringLiteral("not part of purchaseInvoices"));
        row("dueDate on purchase orders",
            change(m0 + QStringLiteral("entity"), QStringLiteral("purchaseOrders")),
            m0 + QStringLiteral("columns[1].field"),
            QStringLiteral("\"dueDate\" is not part of purchaseOrders in Business Central API v2.0"));
        row("itemName misspelt", change(m0 + QStringLiteral("itemName"), QStringLiteral("numbr")),
            m0 + QStringLiteral("itemName"), QStringLiteral("did you mean \"number\"?"));
        row("itemName of another entity",
            change(m0 + QStringLiteral("itemName"), QStringLiteral("displayName")),
            m0 + QStringLiteral("itemName"),
            QStringLiteral("not part of purchaseInvoices in Business Central API v2.0"));
    }

    void invalidProfileNamesPathAndProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, keyword);
        const ProfileReadResult result = ProfileReader::read(json);
        QVERIFY(!result.ok());
        QVERIFY(!result.profile.has_value());
        QVERIFY2(result.errors.size() == 1, qPrintable(joined(result.errors)));
        QCOMPARE(result.errors.first().path, path);
        QVERIFY2(result.errors.first().message.contains(keyword), qPrintable(result.errors.first().message));
    }

    void unknownFieldsWithoutACloseNameGetNoSuggestion()
    {
        const ProfileReadResult result = ProfileReader::read(exampleWith(
            {{QStringLiteral("mappings[0].columns[1].field"), QStringLiteral("somethingElseEntirely")}}));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(!result.errors.first().message.contains(QStringLiteral("did you mean")),
                 qPrintable(result.errors.first().message));
    }

    // Tenants can extend BC enums, so a value the catalogue does not know is a warning; matching is on the
    // wire value, so the decoded "In Review" is one of those.
    void valuesThatAreNoEnumMemberAreWarnings()
    {
        const QString values = QStringLiteral("mappings[0].columns[2].values");
        const ProfileReadResult result = ProfileReader::read(
            exampleWith({{values, object({{QStringLiteral("Open"), QStringLiteral("Approved")},
                                          {QStringLiteral("Opened"), QStringLiteral("Approved")},
                                          {QStringLiteral("In Review"), QStringLiteral("Waiting")}})}}));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QCOMPARE(result.warnings.size(), 3); // the two keys and the contract's unmapped linkTo
        QCOMPARE(result.warnings.at(0).path, values + QStringLiteral("[\"In Review\"]"));
        QCOMPARE(result.warnings.at(1).path, values + QStringLiteral(".Opened"));
        const QString message = result.warnings.at(1).message;
        QVERIFY2(message.contains(QStringLiteral("\"Opened\" is not a value of status on purchaseInvoices")),
                 qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral("_x0020_, Draft, In_x0020_Review, Open, Paid, Canceled, Corrective")),
                 qPrintable(message));
        QCOMPARE(result.profile->mappings.first().columns.at(2).values.size(), 3);
    }

    void valuesOnAFieldThatIsNoEnumAreFine()
    {
        const ProfileReadResult result = ProfileReader::read(
            exampleWith({{QStringLiteral("mappings[0].columns[3].values"),
                          object({{QStringLiteral("Fabrikam, Inc."), QStringLiteral("Fab")}})}}));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().path, QStringLiteral("mappings[0].columns[4].linkTo"));
    }

    void everyCatalogueFieldIsAcceptedForItsEntity()
    {
        for (BcEntity entity : BcEntities::all()) {
            for (const QString& field : BcEntityCatalogue::fieldNames(entity)) {
                QVERIFY2(ProfileRules::fieldProblem(entity, field).isEmpty(), qPrintable(field));
                QVERIFY(
                    ProfileRules::enumValueProblem(entity, field, QStringLiteral("Open_x0020_")).isEmpty() ||
                    BcEntityCatalogue::field(entity, field)->isEnum());
            }
        }
        QCOMPARE(ProfileRules::enumValueProblem(BcEntity::Vendors, QStringLiteral("blocked"),
                                                QStringLiteral("_x0020_")),
                 QString());
        QVERIFY(
            !ProfileRules::enumValueProblem(BcEntity::Vendors, QStringLiteral("blocked"), QStringLiteral(" "))
                 .isEmpty());
    }

    void valuesKeysThatAreNotPlainNamesAreBracketedInThePath()
    {
        const ProfileReadResult result =
            ProfileReader::read(exampleWith({{QStringLiteral("mappings[0].columns[2].values"),
                                              object({{QStringLiteral("In Review"), QJsonValue::Null}})}}));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("mappings[0].columns[2].values[\"In Review\"]"));
    }

    void everyErrorOfADocumentIsReportedAtOnce()
    {
        const QByteArray json = profileWithManyErrors();
        const ProfileReadResult result = ProfileReader::read(json);
        QVERIFY(!result.ok());
        QStringList paths;
        for (const ProfileError& error : result.errors)
            paths << error.path;
        paths.sort();
        QStringList expected{
            QStringLiteral("extra"),
            QStringLiteral("businessCentral.tenantID"),
            QStringLiteral("businessCentral.tenantId"),
            QStringLiteral("businessCentral.companyId"),
            QStringLiteral("businessCentral.apiBaseUrl"),
            QStringLiteral("monday.mutationsPerMinute"),
            QStringLiteral("webhooks.listen"),
            QStringLiteral("webhooks.publicUrl"),
            QStringLiteral("mappings[0].pollSeconds"),
            QStringLiteral("mappings[0].columns[0].column"),
            QStringLiteral("mappings[0].columns[1].column"),
            QStringLiteral("mappings[1].entity"),
            QStringLiteral("mappings[1].boardId"),
        };
        expected.sort();
        QCOMPARE(paths, expected);
    }

    void readFileReportsAFileThatCannotBeRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ProfileReadResult result =
            ProfileReader::readFile(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("$"));
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("missing.json")),
                 qPrintable(result.errors.first().message));
    }

    void aByteOrderMarkIsAccepted()
    {
        const ProfileReadResult result = ProfileReader::read("\xEF\xBB\xBF" + exampleBytes());
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    }

    void roundTripIsLossless_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("contract example") << exampleBytes();
        QTest::newRow("minimal") << minimalProfile();
        QTest::newRow("maximal") << ProfileWriter::write(maximalProfile());
        Profile disabledHooks = maximalProfile();
        disabledHooks.webhooks->enabled = false;
        disabledHooks.webhooks->publicUrl = QUrl();
        disabledHooks.webhooks->tlsCertificate.clear();
        disabledHooks.webhooks->tlsKey.clear();
        QTest::newRow("webhooks disabled") << ProfileWriter::write(disabledHooks);
    }

    void roundTripIsLossless()
    {
        QFETCH(QByteArray, json);
        const ProfileReadResult first = ProfileReader::read(json);
        QVERIFY2(first.ok(), qPrintable(joined(first.errors)));
        const QByteArray written = ProfileWriter::write(*first.profile);
        const ProfileReadResult second = ProfileReader::read(written);
        QVERIFY2(second.ok(),
                 qPrintable(joined(second.errors) + QLatin1Char('\n') + QString::fromUtf8(written)));
        QCOMPARE(ProfileWriter::write(*second.profile), written);
        QVERIFY(*second.profile == *first.profile);
    }

    void anOversizedFileIsRefusedWithoutReadingItAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(mlc::ProfileReader::kMaxFileBytes + 10, ' ')) > 0);
        file.close();
        const mlc::ProfileReadResult result = mlc::ProfileReader::readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("$"));
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("larger than")),
                 qPrintable(result.errors.first().message));
    }

    void maximalProfileSurvivesAFile()
    {
        const Profile profile = maximalProfile();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QString error;
        QVERIFY2(ProfileWriter::writeFile(profile, path, &error), qPrintable(error));
        const ProfileReadResult result = ProfileReader::readFile(path);
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QVERIFY2(*result.profile == profile, ProfileWriter::write(*result.profile).constData());
        QVERIFY(result.warnings.isEmpty());

        Profile changed = profile;
        changed.mappings[1].columns[0].linkTo = BcEntity::Customers;
        QVERIFY(changed != profile);
    }

    // Defaults are written out so an exported profile shows what the engine will do.
    void writerSpellsOutDefaults()
    {
        const ProfileReadResult result = ProfileReader::read(minimalProfile());
        QVERIFY(result.ok());
        const QJsonObject written = QJsonDocument::fromJson(ProfileWriter::write(*result.profile)).object();
        QCOMPARE(
            written.value(QStringLiteral("monday")).toObject().value(QStringLiteral("mutationsPerMinute")),
            40);
        QCOMPARE(
            written.value(QStringLiteral("businessCentral")).toObject().value(QStringLiteral("authorityUrl")),
            QStringLiteral("https://login.microsoftonline.com"));
        const QJsonObject mapping = written.value(QStringLiteral("mappings")).toArray().at(0).toObject();
        QCOMPARE(mapping.value(QStringLiteral("pollSeconds")), 300);
        QCOMPARE(mapping.value(QStringLiteral("onDelete")), QStringLiteral("archive"));
        QVERIFY(!mapping.contains(QStringLiteral("groupId")));
        QVERIFY(!written.contains(QStringLiteral("webhooks")));
    }

    // The writer keeps the contract's key order and layout; only `values` comes out sorted by key.
    void writerFollowsTheContractLayout()
    {
        const ProfileReadResult result = ProfileReader::read(exampleBytes());
        QVERIFY(result.ok());
        QByteArray expected = exampleBytes();
        expected.replace(contractValuesInContractOrder(), contractValuesInKeyOrder());
        QCOMPARE(QString::fromUtf8(ProfileWriter::write(*result.profile)), QString::fromUtf8(expected));
    }
};

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"

#include "CliRunner.h"
#include "SandboxHost.h"
#include "bc/BcApiSimulator.h"
#include "bc/EntraTokenSimulator.h"
#include "common/SystemClock.h"
#include "monday/MondaySimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mlc::test::CliRun;
using mlc::test::runCli;
using mlc::test::runCliServing;

namespace {

const QString kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kEnvironment = QStringLiteral("production");
const QString kClientId = QStringLiteral("0b6f8a3c-1d2e-4f50-8a9b-c0d1e2f3a4b5");
const QString kSecretValue = QStringLiteral("Qx48Q~Zk3vN.pL7rT_w2YhB9mE-cF6sJ1uA0dGoK");
const QString kSecretId = QStringLiteral("a1b2c3d4-e5f6-4789-8abc-def012345678");

// Business Central on loopback, served by this test process while the CLI runs as its own process. The CLI
// runs on real time, so the simulators do too.
struct BcOnLoopback
{
    BcOnLoopback()
        : host(QStringLiteral("Business Central"))
        , entra(host, clock)
        , api(host, clock)
        , monday(host, clock)
    {
        QString error;
        listening = host.listen(0, &error);
        entra.addTenant(kTenant);
        mlc::sandbox::EntraTokenSimulator::App app;
        app.secretValue = kSecretValue;
        app.secretId = kSecretId;
        entra.addApp(kClientId, app);
        api.setTokenValidator([this](const QString& token) { return entra.isValidToken(token); });
        addBoards();
    }

    // monday boards that fit the profile below; a test may take something away.
    void addBoards()
    {
        using Column = mlc::sandbox::MondayColumn;
        const auto column = [](const char* id, const char* type, const QJsonObject& settings = {}) {
            return Column{QString::fromLatin1(id), QString::fromLatin1(id).toUpper(),
                          QString::fromLatin1(type), settings};
        };
        vendorsBoard = monday.store().addBoard(
            QStringLiteral("Vendors"),
            {column("name", "name"), column("text_bcid", "text"), column("text_number", "text"),
             column("email", "email"), column("phone", "phone")},
            {{QStringLiteral("topics"), QStringLiteral("Vendors"), QStringLiteral("#579bfc")}});
        invoicesBoard = monday.store().addBoard(
            QStringLiteral("Purchase invoices"),
            {column("name", "name"), column("text_bcid", "text"), column("numbers_amount", "numbers"),
             column("date_due", "date"),
             column("connect_vendor", "board_relation",
                    {{QStringLiteral("boardIds"), QJsonArray{vendorsBoard.toLongLong()}}})},
            {{QStringLiteral("topics"), QStringLiteral("Invoices"), QStringLiteral("#579bfc")}});
    }

    QJsonObject profile(const QString& companyId) const
    {
        const QString base = host.baseUrl().toString(QUrl::StripTrailingSlash);
        const auto column = [](const QString& field, const QString& id) {
            return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("column"), id}};
        };
        const QJsonObject vendors{
            {QStringLiteral("entity"), QStringLiteral("vendors")},
            {QStringLiteral("boardId"), vendorsBoard},
            {QStringLiteral("itemName"), QStringLiteral("displayName")},
            {QStringLiteral("bcIdColumn"), QStringLiteral("text_bcid")},
            {QStringLiteral("columns"),
             QJsonArray{column(QStringLiteral("number"), QStringLiteral("text_number")),
                        column(QStringLiteral("email"), QStringLiteral("email")),
                        column(QStringLiteral("phoneNumber"), QStringLiteral("phone"))}}};
        QJsonObject linked = column(QStringLiteral("vendorId"), QStringLiteral("connect_vendor"));
        linked.insert(QStringLiteral("linkTo"), QStringLiteral("vendors"));
        const QJsonObject invoices{
            {QStringLiteral("entity"), QStringLiteral("purchaseInvoices")},
            {QStringLiteral("boardId"), invoicesBoard},
            {QStringLiteral("itemName"), QStringLiteral("number")},
            {QStringLiteral("bcIdColumn"), QStringLiteral("text_bcid")},
            {QStringLiteral("columns"),
             QJsonArray{column(QStringLiteral("totalAmountIncludingTax"), QStringLiteral("numbers_amount")),
                        column(QStringLiteral("dueDate"), QStringLiteral("date_due")), linked}}};
        return {
            {QStringLiteral("version"), 1},
            {QStringLiteral("businessCentral"), QJsonObject{{QStringLiteral("tenantId"), kTenant},
                                                            {QStringLiteral("environment"), kEnvironment},
                                                            {QStringLiteral("companyId"), companyId},
                                                            {QStringLiteral("clientId"), kClientId},
                                                            {QStringLiteral("authorityUrl"), base},
                                                            {QStringLiteral("apiBaseUrl"), base}}},
            {QStringLiteral("monday"), QJsonObject{{QStringLiteral("apiUrl"), monday.endpoint().toString()}}},
            {QStringLiteral("mappings"), QJsonArray{vendors, invoices}}};
    }

    // The environment's vendors API page knows only these fields, as an older or customised one might;
    // the profile reader's field catalogue still accepts the others.
    void limitVendorFieldsTo(const QJsonObject& fields)
    {
        const QString company = api.firstCompanyId();
        QStringList ids;
        for (const QJsonObject& vendor : *api.data().records(company, mlc::BcEntity::Vendors))
            ids.append(vendor.value(QStringLiteral("id")).toString());
        for (const QString& id : std::as_const(ids))
            api.deleteRecord(company, mlc::BcEntity::Vendors, id);
        api.createRecord(company, mlc::BcEntity::Vendors, fields);
    }

    mlc::SystemClock clock;
    mlc::sandbox::SandboxHost host;
    mlc::sandbox::EntraTokenSimulator entra;
    mlc::sandbox::BcApiSimulator api;
    mlc::sandbox::MondaySimulator monday;
    QString vendorsBoard;
    QString invoicesBoard;
    bool listening = false;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

// The CLI sees no secret and no keychain unless a test gives it one.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"MLC_BC_CLIENT_SECRET", "MLC_BC_CLIENT_SECRET_FILE", "MLC_MONDAY_TOKEN", "MLC_MONDAY_TOKEN_FILE",
          "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QProcessEnvironment withSecret(const QString& secret)
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("MLC_BC_CLIENT_SECRET"), secret);
    environment.insert(QStringLiteral("MLC_MONDAY_TOKEN"), mlc::sandbox::MondaySimulator::demoToken());
    return environment;
}

QJsonObject jsonOf(const CliRun& run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not one JSON object: %s", run.out.constData());
    return document.object();
}

QByteArray said(const CliRun& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
}

} // namespace

class tst_CliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_bc = std::make_unique<BcOnLoopback>();
        QVERIFY(m_bc->listening);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_bc.reset(); }

    void passesWhenBusinessCentralAnswers_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("secret in MLC_BC_CLIENT_SECRET") << false;
        QTest::newRow("secret in MLC_BC_CLIENT_SECRET_FILE") << true;
    }

    void passesWhenBusinessCentralAnswers()
    {
        QFETCH(bool, fromFile);
        QProcessEnvironment environment = withSecret(kSecretValue);
        if (fromFile) {
            environment = cleanEnvironment();
            environment.insert(QStringLiteral("MLC_MONDAY_TOKEN_FILE"),
                               writeFile(m_dir, QStringLiteral("token"),
                                         mlc::sandbox::MondaySimulator::demoToken().toUtf8()));
            environment.insert(QStringLiteral("MLC_BC_CLIENT_SECRET_FILE"),
                               writeFile(m_dir, QStringLiteral("secret"), kSecretValue.toUtf8() + '\n'));
        }
        const CliRun run = check(m_bc->api.firstCompanyId(), environment, {QStringLiteral("--verbose")});

        QVERIFY2(run.exitCode == 0, said(run));
        const QJsonObject company = m_bc->api.data().companies().first();
        QVERIFY2(run.out.contains(QStringLiteral("Company: %1 (%2)")
                                      .arg(company.value(QStringLiteral("displayName")).toString(),
                                           company.value(QStringLiteral("id")).toString())
                                      .toUtf8()),
                 said(run));
        QVERIFY2(run.out.contains("Token: ok"), said(run));
        QVERIFY2(run.out.contains("vendors: reachable"), said(run));
        QVERIFY2(run.out.contains("purchaseInvoices: reachable"), said(run));
        QVERIFY2(run.out.contains("monday.com: all checks passed"), said(run));
        QVERIFY2(run.out.contains(
                     QStringLiteral("vendors → board %1: \"Vendors\"").arg(m_bc->vendorsBoard).toUtf8()),
                 said(run));
        QVERIFY2(!run.err.contains("error:"), said(run));
        // One record per entity, with the mapped fields: nothing like a sync's full read.
        QCOMPARE(m_bc->api.requestCount(QStringLiteral("vendors")), 1);
        QCOMPARE(m_bc->api.requestCount(QStringLiteral("purchaseInvoices")), 1);
        verifyNoSecretIn(run);
    }

    void explainsARejectedSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("advice");
        QTest::newRow("wrong value") << QStringLiteral("Wr0ng~secretValue.123")
                                     << QByteArray("secret's Value");
        QTest::newRow("secret ID instead of value") << kSecretId << QByteArray("looks like a Secret ID");
    }

    void explainsARejectedSecret()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, advice);
        const CliRun run =
            check(m_bc->api.firstCompanyId(), withSecret(secret), {QStringLiteral("--verbose")});

        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("Token: FAILED"), said(run));
        QVERIFY2(run.err.contains(advice), said(run));
        QVERIFY2(run.out.contains("Company: not checked"), said(run));
        QCOMPARE(m_bc->api.requestCount(), 0);
        QVERIFY2(!run.out.contains(secret.toUtf8()) && !run.err.contains(secret.toUtf8()), said(run));
    }

    void saysHowToProvideAMissingSecret()
    {
        const CliRun run = check(m_bc->api.firstCompanyId(), cleanEnvironment());

        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("Client secret: FAILED"), said(run));
        QVERIFY2(run.err.contains("MLC_BC_CLIENT_SECRET") && run.err.contains("MLC_BC_CLIENT_SECRET_FILE"),
                 said(run));
        QCOMPARE(m_bc->entra.requestCount(), 0);
        QCOMPARE(m_bc->api.requestCount(), 0);
    }

    void listsTheCompaniesWhenTheCompanyIsUnknown()
    {
        const QString unknown = QStringLiteral("0f0f0f0f-1111-2222-3333-444444444444");
        const CliRun run = check(unknown, withSecret(kSecretValue));

        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("Company: FAILED"), said(run));
        QVERIFY2(run.err.contains(unknown.toUtf8()), said(run));
        const QList<QJsonObject> companies = m_bc->api.data().companies();
        QCOMPARE(companies.size(), 2);
        for (const QJsonObject& company : companies) {
            QVERIFY2(run.err.contains(company.value(QStringLiteral("displayName")).toString().toUtf8()),
                     said(run));
            QVERIFY2(run.err.contains(company.value(QStringLiteral("id")).toString().toUtf8()), said(run));
        }
        QVERIFY2(run.out.contains("Mapped entities: not checked"), said(run));
        QCOMPARE(m_bc->api.requestCount(QStringLiteral("vendors")), 0);
        verifyNoSecretIn(run);
    }

    void namesEveryFieldBusinessCentralDoesNotKnow()
    {
        m_bc->limitVendorFieldsTo({{QStringLiteral("number"), QStringLiteral("V-1")},
                                   {QStringLiteral("displayName"), QStringLiteral("Fabrikam")}});
        const CliRun run = check(m_bc->api.firstCompanyId(), withSecret(kSecretValue));

        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("vendors: FAILED"), said(run));
        QVERIFY2(run.err.contains("no fields \"email\", \"phoneNumber\" on vendors"), said(run));
        // The other entity is still checked, so one run shows every problem.
        QVERIFY2(run.out.contains("purchaseInvoices: reachable"), said(run));
    }

    // Two attempts, not a sync's six: one 503 is ridden out, a BC that keeps failing is reported within
    // seconds, and the other entities are still checked.
    void retriesOnceAndReportsWhatStaysUnavailable()
    {
        m_bc->api.faults().inject(QStringLiteral("purchaseInvoices"), mlc::sandbox::BcFault::status503(1), 1);
        m_bc->api.faults().inject(QStringLiteral("vendors"), mlc::sandbox::BcFault::status503(1), 10);
        const CliRun run = check(m_bc->api.firstCompanyId(), withSecret(kSecretValue));

        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("vendors: FAILED"), said(run));
        QVERIFY2(run.err.contains("503"), said(run));
        QCOMPARE(m_bc->api.requestCount(QStringLiteral("vendors")), 2);
        QVERIFY2(run.out.contains("purchaseInvoices: reachable"), said(run));
        QCOMPARE(m_bc->api.requestCount(QStringLiteral("purchaseInvoices")), 2);
    }

    void printsOneJsonObjectOnSuccess()
    {
        const CliRun run =
            check(m_bc->api.firstCompanyId(), withSecret(kSecretValue), {QStringLiteral("--json")});

        QVERIFY2(run.exitCode == 0, said(run));
        QCOMPARE(run.out.count('\n'), 1);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(-1), 0);
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonObject bc = json.value(QStringLiteral("businessCentral")).toObject();
        QCOMPARE(bc.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(bc.value(QStringLiteral("secret")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(bc.value(QStringLiteral("token")).toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject company = bc.value(QStringLiteral("company")).toObject();
        QCOMPARE(company.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(company.value(QStringLiteral("id")).toString(), m_bc->api.firstCompanyId());
        QCOMPARE(company.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Northwind Distribution, Inc."));
        const QJsonArray entities = bc.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 2);
        QCOMPARE(entities.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("entity"), QStringLiteral("vendors")},
                              {QStringLiteral("ok"), true}}));
        QCOMPARE(entities.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("entity"), QStringLiteral("purchaseInvoices")},
                              {QStringLiteral("ok"), true}}));
        const QJsonObject monday = json.value(QStringLiteral("monday")).toObject();
        QCOMPARE(monday.value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject connection = monday.value(QStringLiteral("connection")).toObject();
        QCOMPARE(connection.value(QStringLiteral("account")).toString(),
                 m_bc->monday.store().account().value(QStringLiteral("name")).toString());
        QCOMPARE(connection.value(QStringLiteral("email")).toString(),
                 m_bc->monday.store().user().value(QStringLiteral("email")).toString());
        const QJsonArray boards = monday.value(QStringLiteral("boards")).toArray();
        QCOMPARE(boards.size(), 2);
        QCOMPARE(boards.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Purchase invoices"));
        QCOMPARE(boards.at(1).toObject().value(QStringLiteral("ok")).toBool(), true);
        verifyNoSecretIn(run);
    }

    void printsOneJsonObjectOnFailure()
    {
        m_bc->limitVendorFieldsTo({{QStringLiteral("number"), QStringLiteral("V-1")},
                                   {QStringLiteral("displayName"), QStringLiteral("Fabrikam")},
                                   {QStringLiteral("phoneNumber"), QStringLiteral("+1 555 0100")}});
        const CliRun run =
            check(m_bc->api.firstCompanyId(), withSecret(kSecretValue), {QStringLiteral("--json")});

        QVERIFY2(run.exitCode == 3, said(run));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 3);
        const QJsonObject bc = json.value(QStringLiteral("businessCentral")).toObject();
        QCOMPARE(bc.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject vendors = bc.value(QStringLiteral("entities")).toArray().at(0).toObject();
        QCOMPARE(vendors.value(QStringLiteral("entity")).toString(), QStringLiteral("vendors"));
        QCOMPARE(vendors.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(vendors.value(QStringLiteral("unknownFields")).toArray(),
                 QJsonArray{QStringLiteral("email")});
        QVERIFY(vendors.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"email\"")));
        QCOMPARE(bc.value(QStringLiteral("entities"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 true);
        const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toString(), vendors.value(QStringLiteral("error")).toString());
        // monday.com passed; Business Central alone decides this exit code.
        QCOMPARE(json.value(QStringLiteral("monday")).toObject().value(QStringLiteral("ok")).toBool(), true);
    }

    void explainsARejectedMondayToken()
    {
        QProcessEnvironment environment = withSecret(kSecretValue);
        environment.insert(QStringLiteral("MLC_MONDAY_TOKEN"), QStringLiteral("not-the-token"));
        const CliRun run = check(m_bc->api.firstCompanyId(), environment);
        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.out.contains("Account: FAILED"), said(run));
        QVERIFY2(run.out.contains("Mapped boards: not checked"), said(run));
        QVERIFY2(run.out.contains("Business Central: all checks passed"), said(run));
        QVERIFY2(!run.out.contains("not-the-token") && !run.err.contains("not-the-token"), said(run));

        QProcessEnvironment noToken = withSecret(kSecretValue);
        noToken.remove(QStringLiteral("MLC_MONDAY_TOKEN"));
        const CliRun missing = check(m_bc->api.firstCompanyId(), noToken);
        QVERIFY2(missing.exitCode == 3, said(missing));
        QVERIFY2(missing.err.contains("MLC_MONDAY_TOKEN"), said(missing));
    }

    void namesEveryBoardProblem()
    {
        // A status column whose labels lack one the mapping names, a column that is gone, a column of a
        // type that cannot hold its field, and a board that does not exist.
        m_bc->monday.store().addColumn(
            m_bc->invoicesBoard,
            {QStringLiteral("status"), QStringLiteral("Approval"), QStringLiteral("status"),
             QJsonObject{{QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("1"), QStringLiteral("Approved")}}}}});
        QJsonObject profile = m_bc->profile(m_bc->api.firstCompanyId());
        QJsonArray mappings = profile.value(QStringLiteral("mappings")).toArray();
        QJsonObject vendors = mappings.at(0).toObject();
        QJsonArray vendorColumns = vendors.value(QStringLiteral("columns")).toArray();
        vendorColumns.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("balance")},
                                         {QStringLiteral("column"), QStringLiteral("text_gone")}});
        vendorColumns.replace(1, QJsonObject{{QStringLiteral("field"), QStringLiteral("balance")},
                                             {QStringLiteral("column"), QStringLiteral("email")}});
        vendors.insert(QStringLiteral("columns"), vendorColumns);
        QJsonObject invoices = mappings.at(1).toObject();
        QJsonArray invoiceColumns = invoices.value(QStringLiteral("columns")).toArray();
        invoiceColumns.append(
            QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                        {QStringLiteral("column"), QStringLiteral("status")},
                        {QStringLiteral("values"),
                         QJsonObject{{QStringLiteral("Open"), QStringLiteral("Approved")},
                                     {QStringLiteral("Paid"), QStringLiteral("Paid in full")}}}});
        invoices.insert(QStringLiteral("columns"), invoiceColumns);
        QJsonObject orders = invoices;
        orders.insert(QStringLiteral("entity"), QStringLiteral("salesOrders"));
        orders.insert(QStringLiteral("boardId"), QStringLiteral("4040404040"));
        orders.insert(QStringLiteral("columns"), QJsonArray());
        profile.insert(QStringLiteral("mappings"), QJsonArray{vendors, invoices, orders});
        const QString path =
            writeFile(m_dir, QStringLiteral("problems.json"), QJsonDocument(profile).toJson());

        const CliRun run = runCliServing(
            {QStringLiteral("--profile"), path, QStringLiteral("check"), QStringLiteral("--json")},
            withSecret(kSecretValue));
        QVERIFY2(run.exitCode == 2, said(run));
        const QJsonArray boards =
            jsonOf(run).value(QStringLiteral("monday")).toObject().value(QStringLiteral("boards")).toArray();
        QVERIFY2(boards.size() == 3, said(run));
        const QString vendorProblems = boards.at(0)
                                           .toObject()
                                           .value(QStringLiteral("problems"))
                                           .toVariant()
                                           .toStringList()
                                           .join(QLatin1Char('\n'));
        QVERIFY2(vendorProblems.contains(QStringLiteral(
                     "Column \"text_gone\" (for the field \"balance\") is not on board \"Vendors\"")),
                 qPrintable(vendorProblems));
        QVERIFY2(vendorProblems.contains(QStringLiteral("a email column cannot hold a number")),
                 qPrintable(vendorProblems));
        const QString invoiceProblems = boards.at(1)
                                            .toObject()
                                            .value(QStringLiteral("problems"))
                                            .toVariant()
                                            .toStringList()
                                            .join(QLatin1Char('\n'));
        QVERIFY2(invoiceProblems.contains(QStringLiteral("\"Paid in full\"")), qPrintable(invoiceProblems));
        QVERIFY2(!invoiceProblems.contains(QStringLiteral("\"Approved\"")), qPrintable(invoiceProblems));
        QCOMPARE(boards.at(2).toObject().value(QStringLiteral("found")).toBool(true), false);
    }

    void reportsUnreachedStepsAsNotCheckedInJson()
    {
        const CliRun run = check(QStringLiteral("0f0f0f0f-1111-2222-3333-444444444444"),
                                 withSecret(kSecretValue), {QStringLiteral("--json")});

        QVERIFY2(run.exitCode == 3, said(run));
        const QJsonObject bc = jsonOf(run).value(QStringLiteral("businessCentral")).toObject();
        QCOMPARE(bc.value(QStringLiteral("token")).toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject company = bc.value(QStringLiteral("company")).toObject();
        QCOMPARE(company.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(company.value(QStringLiteral("companies")).toArray().size(), 2);
        QCOMPARE(bc.value(QStringLiteral("entities")).toArray().size(), 0);

        const CliRun noSecret =
            check(m_bc->api.firstCompanyId(), cleanEnvironment(), {QStringLiteral("--json")});
        QVERIFY2(noSecret.exitCode == 3, said(noSecret));
        const QJsonObject early = jsonOf(noSecret).value(QStringLiteral("businessCentral")).toObject();
        QCOMPARE(early.value(QStringLiteral("secret")).toObject().value(QStringLiteral("ok")).toBool(true),
                 false);
        QCOMPARE(early.value(QStringLiteral("token")).toObject(),
                 (QJsonObject{{QStringLiteral("checked"), false}, {QStringLiteral("ok"), false}}));
    }

    void usesTheStoredProfile()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("data"));
        const CliRun missing = runCliServing({QStringLiteral("--data-dir"), dataDir, QStringLiteral("check")},
                                             withSecret(kSecretValue));
        QVERIFY2(missing.exitCode == 2, said(missing));
        QVERIFY2(missing.err.contains("profile import"), said(missing));

        const QString file = writeProfile(m_bc->api.firstCompanyId());
        const CliRun imported = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("profile"),
                                        QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, said(imported));
        const CliRun run = runCliServing({QStringLiteral("--data-dir"), dataDir, QStringLiteral("check")},
                                         withSecret(kSecretValue));
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY2(run.out.contains("vendors: reachable"), said(run));
    }

    void refusesArguments()
    {
        const CliRun run =
            runCliServing({QStringLiteral("check"), QStringLiteral("extra")}, cleanEnvironment());
        QVERIFY2(run.exitCode == 2, said(run));
        QVERIFY2(run.err.contains("takes no arguments"), said(run));
    }

private:
    QString writeProfile(const QString& companyId)
    {
        return writeFile(m_dir, QStringLiteral("profile.json"),
                         QJsonDocument(m_bc->profile(companyId)).toJson(QJsonDocument::Indented));
    }

    CliRun check(const QString& companyId, const QProcessEnvironment& environment,
                 const QStringList& options = {})
    {
        return runCliServing(
            QStringList{QStringLiteral("--profile"), writeProfile(companyId), QStringLiteral("check")} +
                options,
            environment);
    }

    static void verifyNoSecretIn(const CliRun& run)
    {
        QVERIFY2(!run.out.contains(kSecretValue.toUtf8()), "the client secret appeared on stdout");
        QVERIFY2(!run.err.contains(kSecretValue.toUtf8()), "the client secret appeared on stderr");
    }

    std::unique_ptr<BcOnLoopback> m_bc;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_CliCheck)
#include "tst_cli_check.moc"

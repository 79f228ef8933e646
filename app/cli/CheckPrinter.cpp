#include "CheckPrinter.h"

#include "CliOutput.h"
#include "bc/BcConnectionReport.h"
#include "sync/MondayConnectionReport.h"

#include <QJsonArray>

namespace mlc::cli {

namespace {

QJsonObject stepJson(const BcConnectionReport::Step& step)
{
    QJsonObject json{{QStringLiteral("ok"), step.checked && step.ok}};
    if (!step.checked)
        json.insert(QStringLiteral("checked"), false);
    if (!step.error.isEmpty())
        json.insert(QStringLiteral("error"), step.error);
    return json;
}

QJsonObject companyJson(const BcConnectionReport::Company& company)
{
    return {{QStringLiteral("id"), company.id}, {QStringLiteral("displayName"), company.displayName}};
}

} // namespace

CheckPrinter::CheckPrinter(const CliOutput& output)
    : m_output(output)
{}

ExitCode CheckPrinter::report(const BcConnectionReport& bc, const QString& bcSecretError,
                              const MondayConnectionReport& monday, const QString& mondayTokenError) const
{
    const bool bcOk = bcSecretError.isEmpty() && bc.ok();
    const bool mondayReached = mondayTokenError.isEmpty() && monday.connected;
    const bool ok = bcOk && mondayReached && monday.boardsOk();
    ExitCode code = ExitOk;
    if (!bcOk || !mondayReached)
        code = ExitUnreachable;
    else if (!ok)
        code = ExitUsageOrProfile;
    printBusinessCentral(bc, bcSecretError);
    printMonday(monday, mondayTokenError);
    if (m_output.isJson()) {
        m_output.result({{QStringLiteral("ok"), ok},
                         {QStringLiteral("exitCode"), int(code)},
                         {QStringLiteral("businessCentral"), businessCentralJson(bc, bcSecretError)},
                         {QStringLiteral("monday"), mondayJson(monday, mondayTokenError)},
                         {QStringLiteral("errors"), QJsonArray::fromStringList(m_output.errors())}});
    }
    return code;
}

void CheckPrinter::printBusinessCentral(const BcConnectionReport& report, const QString& secretError) const
{
    const bool secretOk = secretError.isEmpty();
    m_output.line(tr("Business Central"));
    printStep(tr("Client secret"), true, secretOk, tr("ok"), secretError);
    printStep(tr("Token"), report.token.checked, report.token.ok, tr("ok"), report.token.error);
    printStep(tr("Company"), report.company.checked, report.company.ok,
              QStringLiteral("%1 (%2)").arg(report.companyFound.displayName, report.companyFound.id),
              report.company.error);
    if (report.entities.isEmpty() && !report.company.ok)
        m_output.line(tr("  Mapped entities: not checked"));
    for (const BcConnectionReport::Entity& entity : report.entities) {
        printStep(BcEntities::toString(entity.entity), entity.result.checked, entity.result.ok,
                  tr("reachable"), entity.result.error);
    }
    if (secretOk && report.ok())
        m_output.line(tr("  Business Central: all checks passed"));
}

void CheckPrinter::printMonday(const MondayConnectionReport& report, const QString& tokenError) const
{
    const bool tokenOk = tokenError.isEmpty();
    m_output.line(tr("monday.com"));
    printStep(tr("API token"), true, tokenOk, tr("ok"), tokenError);
    printStep(tr("Account"), report.checked, report.connected,
              tr("%1, as %2 <%3>, API %4")
                  .arg(report.accountName, report.userName, report.userEmail, report.apiVersion),
              report.error);
    if (!report.connected) {
        m_output.line(tr("  Mapped boards: not checked"));
        return;
    }
    for (const MondayConnectionReport::Board& board : report.boards) {
        const QString name = tr("%1 → board %2").arg(BcEntities::toString(board.entity), board.boardId);
        printStep(name, true, board.ok(), tr("\"%1\", columns and labels fit").arg(board.name),
                  board.problems.join(QLatin1Char(' ')));
    }
    if (report.ok())
        m_output.line(tr("  monday.com: all checks passed"));
}

QJsonObject CheckPrinter::mondayJson(const MondayConnectionReport& report, const QString& tokenError)
{
    QJsonObject token{{QStringLiteral("ok"), tokenError.isEmpty()}};
    if (!tokenError.isEmpty())
        token.insert(QStringLiteral("error"), tokenError);
    QJsonObject connection{{QStringLiteral("ok"), report.connected}};
    if (!report.checked)
        connection.insert(QStringLiteral("checked"), false);
    if (!report.error.isEmpty())
        connection.insert(QStringLiteral("error"), report.error);
    if (report.connected) {
        connection.insert(QStringLiteral("account"), report.accountName);
        connection.insert(QStringLiteral("user"), report.userName);
        connection.insert(QStringLiteral("email"), report.userEmail);
        connection.insert(QStringLiteral("apiVersion"), report.apiVersion);
    }
    QJsonArray boards;
    for (const MondayConnectionReport::Board& board : report.boards) {
        boards.append(QJsonObject{{QStringLiteral("entity"), BcEntities::toString(board.entity)},
                                  {QStringLiteral("boardId"), board.boardId},
                                  {QStringLiteral("found"), board.found},
                                  {QStringLiteral("name"), board.name},
                                  {QStringLiteral("ok"), board.ok()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(board.problems)}});
    }
    return {{QStringLiteral("ok"), tokenError.isEmpty() && report.ok()},
            {QStringLiteral("token"), token},
            {QStringLiteral("connection"), connection},
            {QStringLiteral("boards"), boards}};
}

// A failure's advice goes to stderr right after its line, so a terminal shows the two together and a script
// finds it among the errors.
void CheckPrinter::printStep(const QString& name, bool checked, bool ok, const QString& okText,
                             const QString& error) const
{
    if (!checked) {
        m_output.line(tr("  %1: not checked").arg(name));
        return;
    }
    m_output.line(QStringLiteral("  %1: %2").arg(name, ok ? okText : tr("FAILED")));
    if (!ok && !error.isEmpty())
        m_output.error(error);
}

QJsonObject CheckPrinter::businessCentralJson(const BcConnectionReport& report,
                                              const QString& secretError) const
{
    const bool secretOk = secretError.isEmpty();
    QJsonObject secret{{QStringLiteral("ok"), secretOk}};
    if (!secretOk)
        secret.insert(QStringLiteral("error"), secretError);
    QJsonObject company = stepJson(report.company);
    if (report.company.ok) {
        company.insert(QStringLiteral("id"), report.companyFound.id);
        company.insert(QStringLiteral("displayName"), report.companyFound.displayName);
    }
    if (!report.otherCompanies.isEmpty()) {
        QJsonArray companies;
        for (const BcConnectionReport::Company& other : report.otherCompanies)
            companies.append(companyJson(other));
        company.insert(QStringLiteral("companies"), companies);
    }
    QJsonArray entities;
    for (const BcConnectionReport::Entity& entity : report.entities) {
        QJsonObject json = stepJson(entity.result);
        json.insert(QStringLiteral("entity"), BcEntities::toString(entity.entity));
        if (!entity.unknownFields.isEmpty())
            json.insert(QStringLiteral("unknownFields"), QJsonArray::fromStringList(entity.unknownFields));
        entities.append(json);
    }
    return {{QStringLiteral("ok"), secretOk && report.ok()},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("token"), stepJson(report.token)},
            {QStringLiteral("company"), company},
            {QStringLiteral("entities"), entities}};
}

} // namespace mlc::cli

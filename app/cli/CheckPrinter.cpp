#include "CheckPrinter.h"

#include "CliOutput.h"
#include "bc/BcConnectionReport.h"

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

QString CheckPrinter::mondayNotChecked()
{
    return tr("this version of ml-connector-cli cannot connect to monday.com yet, so its boards, columns and "
              "labels were not checked");
}

ExitCode CheckPrinter::secretMissing(const QString& advice) const
{
    return print(BcConnectionReport(), advice);
}

ExitCode CheckPrinter::report(const BcConnectionReport& report) const
{
    return print(report, QString());
}

// monday.com is not checked in this version, so only Business Central decides the exit code.
ExitCode CheckPrinter::print(const BcConnectionReport& report, const QString& secretError) const
{
    const bool secretOk = secretError.isEmpty();
    const bool ok = secretOk && report.ok();
    const ExitCode code = ok ? ExitOk : ExitUnreachable;
    printLines(report, secretError);
    if (m_output.isJson()) {
        m_output.result(
            {{QStringLiteral("ok"), ok},
             {QStringLiteral("exitCode"), int(code)},
             {QStringLiteral("businessCentral"), businessCentralJson(report, secretError)},
             {QStringLiteral("monday"), QJsonObject{{QStringLiteral("checked"), false},
                                                    {QStringLiteral("reason"), mondayNotChecked()}}},
             {QStringLiteral("errors"), QJsonArray::fromStringList(m_output.errors())}});
    }
    return code;
}

void CheckPrinter::printLines(const BcConnectionReport& report, const QString& secretError) const
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
    m_output.line(tr("monday.com"));
    m_output.line(tr("  Not checked: %1.").arg(mondayNotChecked()));
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

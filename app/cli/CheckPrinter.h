#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mlc {
struct BcConnectionReport;
}

namespace mlc::cli {

class CliOutput;

// How `check` tells its findings: one line per step ("Token: ok", "vendors: reachable", "Company: FAILED"
// followed by the advice on stderr), or with --json one object:
// {"ok":..,"exitCode":..,"businessCentral":{"ok":..,"secret":{..},"token":{..},"company":{..},
//  "entities":[..]},"monday":{"checked":false,"reason":".."},"errors":[..]}.
// A step never reached is {"checked":false,"ok":false}. Returns the exit code the findings call for.
class CheckPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CheckPrinter)

public:
    explicit CheckPrinter(const CliOutput& output);

    // The secret could not be read, so nothing was asked of Business Central; `advice` says how to provide
    // it.
    ExitCode secretMissing(const QString& advice) const;
    ExitCode report(const BcConnectionReport& report) const;

    static QString mondayNotChecked();

private:
    ExitCode print(const BcConnectionReport& report, const QString& secretError) const;
    void printLines(const BcConnectionReport& report, const QString& secretError) const;
    void printStep(const QString& name, bool checked, bool ok, const QString& okText,
                   const QString& error) const;
    QJsonObject businessCentralJson(const BcConnectionReport& report, const QString& secretError) const;

    const CliOutput& m_output;
};

} // namespace mlc::cli

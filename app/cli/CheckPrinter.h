#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mlc {
struct BcConnectionReport;
struct MondayConnectionReport;
} // namespace mlc

namespace mlc::cli {

class CliOutput;

// How `check` tells its findings: one line per step ("Token: ok", "vendors: reachable", "Company: FAILED"
// followed by the advice on stderr), or with --json one object:
// {"ok":..,"exitCode":..,"businessCentral":{"ok":..,"secret":{..},"token":{..},"company":{..},
//  "entities":[..]},"monday":{"ok":..,"token":{..},"connection":{..,"account":..,"user":..,"email":..,
//  "apiVersion":..},"boards":[{"entity":..,"boardId":..,"found":..,"name":..,"ok":..,"problems":[..]}]},
//  "errors":[..]}.
// A step never reached is {"checked":false,"ok":false}. Returns the exit code the findings call for: 3 when
// a system could not be reached or refused the credentials, else 2 when a board does not fit the profile.
class CheckPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CheckPrinter)

public:
    explicit CheckPrinter(const CliOutput& output);

    // A secret that could not be read is given as its advice, with an empty report for that system.
    ExitCode report(const BcConnectionReport& bc, const QString& bcSecretError,
                    const MondayConnectionReport& monday, const QString& mondayTokenError) const;

private:
    void printBusinessCentral(const BcConnectionReport& report, const QString& secretError) const;
    void printMonday(const MondayConnectionReport& report, const QString& tokenError) const;
    void printStep(const QString& name, bool checked, bool ok, const QString& okText,
                   const QString& error) const;
    QJsonObject businessCentralJson(const BcConnectionReport& report, const QString& secretError) const;
    static QJsonObject mondayJson(const MondayConnectionReport& report, const QString& tokenError);

    const CliOutput& m_output;
};

} // namespace mlc::cli

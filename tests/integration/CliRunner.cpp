#include "CliRunner.h"

#include "TestPaths.h"

#include <QProcess>
#include <QTest>

namespace mlc::test {

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(programPath(QStringLiteral("ml-connector-cli")), arguments);
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("ml-connector-cli did not finish normally: %s", qPrintable(process.errorString()));
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCliServing(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(programPath(QStringLiteral("ml-connector-cli")), arguments);
    CliRun run;
    const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        qWarning("ml-connector-cli did not finish within %d ms", timeoutMs);
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("ml-connector-cli did not finish normally: %s", qPrintable(process.errorString()));
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace mlc::test

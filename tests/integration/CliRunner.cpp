#include "CliRunner.h"

#include "TestPaths.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

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

CliRun runCliServing(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs,
                     const std::function<void(QProcess&)>& started)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(programPath(QStringLiteral("ml-connector-cli")), arguments);
    if (started)
        started(process);
    CliRun run;
    // An event loop that wakes for each event, not a polling wait: the simulators answer at once.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    const bool ended = process.state() == QProcess::NotRunning;
    if (!ended) {
        qWarning("ml-connector-cli did not finish within %d ms", timeoutMs);
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        if (!started) // a test that arms a kill expects it
            qWarning("ml-connector-cli did not finish normally: %s", qPrintable(process.errorString()));
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace mlc::test

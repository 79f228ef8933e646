#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QProcess;

namespace mlc::test {

// Runs ml-connector-cli as a real process, as a script or an operator would, and keeps what it said.
struct CliRun
{
    int exitCode = -1; // -1 when it did not exit normally (killed, crashed, timed out)
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// Like runCli, but waits with the event loop running, so servers of the test process (the sandbox simulators)
// answer the CLI while it runs. A CLI still running after `timeoutMs` is killed and reported as exit code -1.
// `started`, when given, gets the running process: a test connects it to its simulators to kill it at
// a chosen moment.
CliRun runCliServing(const QStringList& arguments, const QProcessEnvironment& environment,
                     int timeoutMs = 60000, const std::function<void(QProcess&)>& started = {});

} // namespace mlc::test

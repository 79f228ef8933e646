#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace mlc::test {

// Runs ml-connector-cli as a real process, as a script or an operator would, and keeps what it said.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace mlc::test

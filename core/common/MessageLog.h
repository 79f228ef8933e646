#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace mlc {

class Clock;
class LogFile;

// Routes every qDebug/qInfo/qWarning of the process: timestamped and redacted into the rotating log file
// of the data folder, and warnings (or everything, with --verbose) to stderr. Secrets are masked by
// SecretRedactor before a line is written anywhere.
class MessageLog
{
public:
    struct Options
    {
        QString dataDir;      // empty: no log file
        bool verbose = false; // debug output of the mlc.* categories on stderr
    };

    static bool install(const Clock& clock, const Options& options, QString* error);
    static void uninstall();

    // Warnings and worse always reach stderr; debug and info only with --verbose. (QtMsgType is not ordered
    // by severity: QtInfoMsg has the highest value.)
    static bool echoesToStderr(QtMsgType type, bool verbose);

    static QString formatLine(const QDateTime& at, QtMsgType type, const char* category,
                              const QString& message);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
};

} // namespace mlc

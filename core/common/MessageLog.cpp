#include "MessageLog.h"

#include "Clock.h"
#include "LogFile.h"
#include "SecretRedactor.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace mlc {

namespace {

// Guards the handler's state: a worker thread may log while the main thread installs or uninstalls.
QMutex& stateMutex()
{
    static QMutex mutex;
    return mutex;
}

struct State
{
    const Clock* clock = nullptr;
    std::unique_ptr<LogFile> file;
    bool verbose = false;
};

State& state()
{
    static State s;
    return s;
}

char typeLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

} // namespace

bool MessageLog::install(const Clock& clock, const Options& options, QString* error)
{
    QMutexLocker lock(&stateMutex());
    State& s = state();
    s.clock = &clock;
    s.verbose = options.verbose;
    s.file.reset();
    if (!options.dataDir.isEmpty()) {
        auto file = std::make_unique<LogFile>(QDir(options.dataDir).filePath(LogFile::defaultFileName()));
        if (!file->open(error))
            return false;
        s.file = std::move(file);
    }
    // Our own categories log at debug level into the file; stderr stays quiet unless --verbose.
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=true"));
    qInstallMessageHandler(&MessageLog::handle);
    return true;
}

void MessageLog::uninstall()
{
    QMutexLocker lock(&stateMutex());
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
    state().file.reset();
    state().clock = nullptr;
}

QString MessageLog::formatLine(const QDateTime& at, QtMsgType type, const char* category,
                               const QString& message)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(at.toUTC().toString(Qt::ISODateWithMs), QChar::fromLatin1(typeLetter(type)),
             QString::fromUtf8(category ? category : "default"), SecretRedactor::instance().redact(message));
}

bool MessageLog::echoesToStderr(QtMsgType type, bool verbose)
{
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg:
        return verbose;
    case QtWarningMsg:
    case QtCriticalMsg:
    case QtFatalMsg:
        return true;
    }
    return true;
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&stateMutex());
    State& s = state();
    const QDateTime at = s.clock ? s.clock->nowUtc() : QDateTime();
    const QString line = formatLine(at, type, context.category, message);
    if (s.file)
        s.file->writeLine(line);
    if (echoesToStderr(type, s.verbose)) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace mlc

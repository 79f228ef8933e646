#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace mlc {

// An append-only debug log that rotates by size: ml-connector.log, then .1 … .N for older ones, so a
// long-running engine never fills the disk with its own diagnostics.
class LogFile
{
public:
    struct Limits
    {
        qint64 maxBytes;
        int keptFiles;
    };
    static constexpr Limits kDefaultLimits{2 * 1024 * 1024, 5};

    explicit LogFile(const QString& filePath, Limits limits = kDefaultLimits);
    ~LogFile();

    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    bool open(QString* error);
    void writeLine(const QString& line);
    QString filePath() const { return m_file.fileName(); }

    static QString defaultFileName() { return QStringLiteral("ml-connector.log"); }

private:
    void rotate();
    QString rotatedName(int generation) const;

    QMutex m_mutex;
    QFile m_file;
    Limits m_limits;
};

} // namespace mlc

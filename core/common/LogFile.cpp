#include "LogFile.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace mlc {

LogFile::LogFile(const QString& filePath, Limits limits)
    : m_file(filePath)
    , m_limits(limits)
{}

LogFile::~LogFile() = default;

bool LogFile::open(QString* error)
{
    QMutexLocker lock(&m_mutex);
    if (m_file.open(QIODevice::Append | QIODevice::Text))
        return true;
    if (error) {
        *error = QCoreApplication::translate("mlc", "Cannot write the log file %1: %2.")
                     .arg(m_file.fileName(), m_file.errorString());
    }
    return false;
}

void LogFile::writeLine(const QString& line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_limits.maxBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

void LogFile::rotate()
{
    const QString path = m_file.fileName();
    m_file.close();
    QFile::remove(rotatedName(m_limits.keptFiles));
    for (int generation = m_limits.keptFiles - 1; generation >= 1; --generation)
        QFile::rename(rotatedName(generation), rotatedName(generation + 1));
    if (m_limits.keptFiles > 0)
        QFile::rename(path, rotatedName(1));
    else
        QFile::remove(path);
    m_file.setFileName(path);
    // If reopening fails (disk full, folder removed) logging stops quietly rather than taking the engine
    // down.
    m_file.open(QIODevice::Append | QIODevice::Text);
}

QString LogFile::rotatedName(int generation) const
{
    return m_file.fileName() + QLatin1Char('.') + QString::number(generation);
}

} // namespace mlc

#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mlc::ui {

AutostartEntry::AutostartEntry(const QString& configDir)
    : m_path(QDir(configDir).filePath(QStringLiteral("autostart/%1.desktop").arg(appId())))
{}

bool AutostartEntry::isEnabled() const
{
    return QFileInfo::exists(m_path);
}

bool AutostartEntry::setEnabled(bool enabled, const QString& program, QString* error) const
{
    if (!enabled) {
        if (!QFileInfo::exists(m_path) || QFile::remove(m_path))
            return true;
        *error = QCoreApplication::translate("AutostartEntry", "Cannot remove %1.").arg(m_path);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Exec quotes the program as the desktop entry specification asks; --minimised starts in the tray.
    const QByteArray entry = "[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=ml-connector\n"
                             "Comment=Keeps monday.com boards in step with Business Central\n"
                             "Exec=\"" +
                             program.toUtf8() +
                             "\" --minimised\n"
                             "Icon=" +
                             appId().toUtf8() +
                             "\n"
                             "X-GNOME-Autostart-enabled=true\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit()) {
        *error = QCoreApplication::translate("AutostartEntry", "Cannot write %1: %2")
                     .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mlc::ui

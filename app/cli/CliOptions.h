#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace mlc::cli {

// The command line once parsed: the global options of contract.md §4 and the command words that follow.
struct CliOptions
{
    QString dataDir;     // --data-dir, or DataFolder::defaultPath()
    QString profilePath; // --profile: use this profile for this run instead of the stored one
    bool json = false;
    bool verbose = false;
    QStringList command; // e.g. {"profile", "validate", "file.json"}
    // The command's own options by name ("once", "dry-run", "entity"); a flag's value is "true".
    QMap<QString, QString> commandOptions;
};

} // namespace mlc::cli

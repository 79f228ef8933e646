#include "ProfileCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "ProfileSource.h"
#include "StateSession.h"
#include "store/Database.h"
#include "store/SettingsStore.h"
#include "sync/ProfileReader.h"
#include "sync/ProfileWriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mlc::cli {

ProfileCommand::ProfileCommand(const CliOptions& options, const Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

ExitCode ProfileCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("validate") && rest.size() == 1)
        return validate(rest.first());
    if (action == QLatin1String("import") && rest.size() == 1)
        return importFile(rest.first());
    if (action == QLatin1String("export") && rest.size() <= 1)
        return exportTo(rest.value(0));
    return usage(tr("Use: profile validate FILE | profile import FILE | profile export [FILE]"));
}

ExitCode ProfileCommand::validate(const QString& file)
{
    Profile profile;
    if (!readValid(file, &profile, Verdict::Always))
        return ExitUsageOrProfile;
    m_output.line(
        tr("%1 is a valid profile with %n mapping(s).", nullptr, int(profile.mappings.size())).arg(file));
    return ExitOk;
}

ExitCode ProfileCommand::importFile(const QString& file)
{
    Profile profile;
    if (!readValid(file, &profile, Verdict::OnlyIfInvalid))
        return ExitUsageOrProfile;

    ExitCode failure = ExitOk;
    auto session = StateSession::open(m_options.dataDir, m_options.verbose, m_clock, m_output, &failure);
    if (!session)
        return failure;

    QString error;
    SettingsStore settings(session->database());
    if (!settings.setValue(ProfileSource::storageKey(), ProfileWriter::write(profile), &error)) {
        m_output.error(error);
        return ExitLocalStateError;
    }
    m_output.line(
        tr("Imported %1 (%n mapping(s)) into the data folder %2.", nullptr, int(profile.mappings.size()))
            .arg(file, session->dataDir()));
    if (m_output.isJson()) {
        m_output.result({{QStringLiteral("imported"), true},
                         {QStringLiteral("mappings"), int(profile.mappings.size())},
                         {QStringLiteral("dataDir"), session->dataDir()}});
    }
    return ExitOk;
}

ExitCode ProfileCommand::exportTo(const QString& file)
{
    Profile profile;
    if (!m_options.profilePath.isEmpty()) {
        if (!readValid(m_options.profilePath, &profile, Verdict::OnlyIfInvalid))
            return ExitUsageOrProfile;
    } else {
        ExitCode failure = ExitOk;
        const std::optional<Profile> stored = ProfileSource::stored(m_options, m_clock, m_output, &failure);
        if (!stored)
            return failure;
        profile = *stored;
    }

    if (file.isEmpty()) {
        m_output.raw(ProfileWriter::write(profile));
        return ExitOk;
    }
    QString error;
    if (!ProfileWriter::writeFile(profile, file, &error)) {
        m_output.error(error);
        return ExitLocalStateError;
    }
    m_output.line(tr("Exported the profile to %1.").arg(file));
    if (m_output.isJson())
        m_output.result({{QStringLiteral("exported"), true}, {QStringLiteral("file"), file}});
    return ExitOk;
}

// Reads and checks a profile file, reporting every problem. With --json a validation always prints its
// verdict as one object, valid or not, so scripts can parse it either way.
bool ProfileCommand::readValid(const QString& file, Profile* profile, Verdict when)
{
    const ProfileReadResult result = ProfileReader::readFile(file);
    reportProblems(file, result);
    if (m_output.isJson() && (!result.ok() || when == Verdict::Always)) {
        QJsonObject verdict{{QStringLiteral("file"), file},
                            {QStringLiteral("valid"), result.ok()},
                            {QStringLiteral("errors"), toJson(result.errors)},
                            {QStringLiteral("warnings"), toJson(result.warnings)}};
        if (result.ok())
            verdict.insert(QStringLiteral("mappings"), int(result.profile->mappings.size()));
        m_output.result(verdict);
    }
    if (!result.ok())
        return false;
    *profile = *result.profile;
    return true;
}

void ProfileCommand::reportProblems(const QString& source, const ProfileReadResult& result)
{
    ProfileSource::reportProblems(source, result, m_output);
}

ExitCode ProfileCommand::usage(const QString& problem)
{
    m_output.error(problem);
    return ExitUsageOrProfile;
}

QJsonArray ProfileCommand::toJson(const QList<ProfileError>& problems)
{
    QJsonArray array;
    for (const ProfileError& problem : problems)
        array.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                 {QStringLiteral("message"), problem.message}});
    return array;
}

} // namespace mlc::cli

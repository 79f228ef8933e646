#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mlc::cli {

// Where the CLI speaks: results on stdout (one JSON object with --json, else plain sentences), problems on
// stderr. Keeping both here means no command decides on its own how errors look. Whatever it prints goes
// through SecretRedactor first, so a secret echoed in a server's message never reaches a terminal or a
// script.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    // Every error() so far, for a command that prints its own JSON result with them.
    QStringList errors() const { return m_errors; }

    void line(const QString& text) const;       // human output, stdout; nothing in --json mode
    void error(const QString& text) const;      // always stderr, prefixed "error: "
    void warning(const QString& text) const;    // always stderr, prefixed "warning: "
    void result(const QJsonObject& json) const; // the one JSON object of --json mode
    void raw(const QByteArray& bytes) const;    // stdout, unchanged

    // With --json, a command that failed before printing its result still gives scripts one object:
    // {"ok":false,"exitCode":N,"errors":[...]}.
    void finish(int exitCode) const;

private:
    bool m_json;
    mutable bool m_resultWritten = false;
    mutable QStringList m_errors;
};

} // namespace mlc::cli

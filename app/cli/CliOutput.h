#pragma once

#include <QJsonObject>
#include <QString>

namespace mlc::cli {

// Where the CLI speaks: results on stdout (one JSON object with --json, else plain sentences), problems on
// stderr. Keeping both here means no command decides on its own how errors look.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }

    void line(const QString& text) const;       // human output, stdout; nothing in --json mode
    void error(const QString& text) const;      // always stderr, prefixed "error: "
    void warning(const QString& text) const;    // always stderr, prefixed "warning: "
    void result(const QJsonObject& json) const; // the one JSON object of --json mode
    void raw(const QByteArray& bytes) const;    // stdout, unchanged

private:
    bool m_json;
};

} // namespace mlc::cli

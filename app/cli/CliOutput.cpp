#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace mlc::cli {

namespace {

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliOutput::CliOutput(bool json)
    : m_json(json)
{}

void CliOutput::line(const QString& text) const
{
    if (!m_json)
        writeTo(stdout, text.toUtf8() + '\n');
}

void CliOutput::error(const QString& text) const
{
    writeTo(stderr, QByteArrayLiteral("error: ") + text.toUtf8() + '\n');
}

void CliOutput::warning(const QString& text) const
{
    writeTo(stderr, QByteArrayLiteral("warning: ") + text.toUtf8() + '\n');
}

void CliOutput::result(const QJsonObject& json) const
{
    writeTo(stdout, QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::raw(const QByteArray& bytes) const
{
    writeTo(stdout, bytes);
}

} // namespace mlc::cli

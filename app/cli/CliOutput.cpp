#include "CliOutput.h"

#include "common/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCli, "mlc.cli")

#include <cstdio>

namespace mlc::cli {

namespace {

QByteArray redacted(const QString& text)
{
    return SecretRedactor::instance().redact(text).toUtf8();
}

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
        writeTo(stdout, redacted(text) + '\n');
}

void CliOutput::error(const QString& text) const
{
    m_errors.append(text);
    // Also into the log file, so the data folder records why a run failed; stderr only shows it once.
    qCInfo(lcCli).noquote() << "error:" << text;
    writeTo(stderr, QByteArrayLiteral("error: ") + redacted(text) + '\n');
}

void CliOutput::warning(const QString& text) const
{
    writeTo(stderr, QByteArrayLiteral("warning: ") + redacted(text) + '\n');
}

void CliOutput::result(const QJsonObject& json) const
{
    m_resultWritten = true;
    writeTo(stdout, redacted(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))) + '\n');
}

void CliOutput::raw(const QByteArray& bytes) const
{
    writeTo(stdout, bytes);
}

void CliOutput::finish(int exitCode) const
{
    if (!m_json || m_resultWritten || exitCode == 0)
        return;
    result({{QStringLiteral("ok"), false},
            {QStringLiteral("exitCode"), exitCode},
            {QStringLiteral("errors"), QJsonArray::fromStringList(m_errors)}});
}

} // namespace mlc::cli

#include "AuditCsv.h"

#include "store/StoredTime.h"

#include <QJsonDocument>
#include <QStringList>

namespace mlc {

QByteArray AuditCsv::header()
{
    return QByteArrayLiteral(
        "id,at,entity,boardId,bcId,bcNumber,itemId,event,changes,requestId,attempt,error,"
        "detail\r\n");
}

QByteArray AuditCsv::row(const AuditEntry& entry)
{
    const QStringList values{
        QString::number(entry.id),
        StoredTime::toText(entry.at),
        entry.entity,
        entry.boardId,
        entry.bcId,
        entry.bcNumber,
        entry.itemId,
        AuditEvents::wireName(entry.event),
        entry.changes.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)),
        entry.requestId,
        entry.attempt > 0 ? QString::number(entry.attempt) : QString(),
        entry.error,
        entry.detail};
    QByteArray line;
    for (const QString& value : values) {
        if (!line.isEmpty())
            line += ',';
        line += field(value);
    }
    return line + "\r\n";
}

QByteArray AuditCsv::field(const QString& value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted)
        return text.toUtf8();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

} // namespace mlc

#include "JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc {

namespace {

constexpr int kIndent = 2;

} // namespace

void JsonTextWriter::beginObject(Layout layout)
{
    begin('{', layout);
}

void JsonTextWriter::endObject()
{
    end('}');
}

void JsonTextWriter::beginArray(Layout layout)
{
    begin('[', layout);
}

void JsonTextWriter::endArray()
{
    end(']');
}

void JsonTextWriter::key(const QString& name)
{
    beginValue();
    m_text += encodeScalar(name) + ": ";
    m_afterKey = true;
}

void JsonTextWriter::value(const QJsonValue& scalar)
{
    beginValue();
    m_text += encodeScalar(scalar);
}

QByteArray JsonTextWriter::finish() const
{
    Q_ASSERT(m_frames.isEmpty());
    return m_text + '\n';
}

// Places the separator and line break before a member; a value right after its key needs neither.
void JsonTextWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_frames.isEmpty())
        return;
    Frame& frame = m_frames.last();
    if (frame.members > 0)
        m_text += ',';
    ++frame.members;
    if (frame.layout == Layout::OneLine)
        m_text += ' ';
    else
        newLine(m_frames.size());
}

void JsonTextWriter::begin(char bracket, Layout layout)
{
    beginValue();
    const bool insideOneLine = !m_frames.isEmpty() && m_frames.last().layout == Layout::OneLine;
    m_frames.append(Frame{insideOneLine ? Layout::OneLine : layout});
    m_text += bracket;
}

void JsonTextWriter::end(char bracket)
{
    const Frame frame = m_frames.takeLast();
    if (frame.members > 0) {
        if (frame.layout == Layout::OneLine)
            m_text += ' ';
        else
            newLine(m_frames.size());
    }
    m_text += bracket;
}

void JsonTextWriter::newLine(qsizetype depth)
{
    m_text += '\n';
    m_text += QByteArray(depth * kIndent, ' ');
}

QByteArray JsonTextWriter::encodeScalar(const QJsonValue& scalar)
{
    const QByteArray array = QJsonDocument(QJsonArray{scalar}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace mlc

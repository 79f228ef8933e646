#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mlc {

// Writes JSON text with keys in the order they are given (QJsonDocument sorts them) and with a choice,
// per object or array, between one member per line and a single line, so a written profile reads like the
// contract's example.
class JsonTextWriter
{
public:
    enum class Layout
    {
        Indented,
        OneLine, // everything inside stays on one line too
    };

    void beginObject(Layout layout = Layout::Indented);
    void endObject();
    void beginArray(Layout layout = Layout::Indented);
    void endArray();
    void key(const QString& name);
    void value(const QJsonValue& scalar);

    // The text written so far, with a final newline; every begin must have been ended.
    QByteArray finish() const;

private:
    struct Frame
    {
        Layout layout;
        int members = 0;
    };

    void beginValue();
    void begin(char bracket, Layout layout);
    void end(char bracket);
    void newLine(qsizetype depth);

    static QByteArray encodeScalar(const QJsonValue& scalar);

    QByteArray m_text;
    QList<Frame> m_frames;
    bool m_afterKey = false;
};

} // namespace mlc

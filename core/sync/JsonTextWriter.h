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
    // One scalar as JSON text, escaped as JSON escapes it: "a\"b", 42, true. Also used to quote values in
    // messages, so they read the same as in the file.
    static QByteArray encodeScalar(const QJsonValue& scalar);

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

    QByteArray m_text;
    QList<Frame> m_frames;
    bool m_afterKey = false;
};

} // namespace mlc

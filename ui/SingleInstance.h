#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace mlc::ui {

// One desktop app per data folder: the first launch listens on a local socket named after the folder; a
// second launch finds it, asks it to come to the front and exits, instead of failing on the folder's lock.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered and was asked to raise its window.
    bool askRunningInstanceToRaise();
    // Becomes the instance others find. False (and a reason) when the socket cannot be made.
    bool listen(QString* error);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace mlc::ui

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace mlc::test {

// A plain SQLite connection to any file, without the store's checks, pragmas or migrations: tests use it to
// build files the way another program (or an older ml-connector) would have left them, and to look inside.
class RawConnection
{
public:
    explicit RawConnection(const QString& filePath);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase database() const;
    bool isOpen() const;
    bool exec(const QString& statement);
    QVariant scalar(const QString& statement);
    QString lastError() const;

private:
    QString m_name;
    QSqlDatabase m_database;
    QString m_lastError;
};

} // namespace mlc::test

#pragma once

#include <QObject>

namespace mlc::sandbox {

class SandboxHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
};

} // namespace mlc::sandbox

#include "WebhookSettings.h"

namespace mlc {

QString WebhookSettings::listen() const
{
    const QString host =
        listenHost.contains(QLatin1Char(':')) ? QLatin1Char('[') + listenHost + QLatin1Char(']') : listenHost;
    return host + QLatin1Char(':') + QString::number(listenPort);
}

} // namespace mlc

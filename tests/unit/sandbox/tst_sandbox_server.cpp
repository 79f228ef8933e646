// The sandbox as the demo and `ml-connector-sandbox` serve it: the items its demo boards come with carry the
// BC ids of the seeded records they stand for, so a first sync adopts them instead of doubling them.

#include "FakeClock.h"
#include "SandboxServer.h"

#include <QSet>
#include <QTest>

using namespace mlc;
using namespace mlc::sandbox;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoItemsCarryTheSeededRecordsIds()
    {
        FakeClock clock;
        SandboxServer server(clock, SandboxServer::Options());
        const QString company = server.bcApi().firstCompanyId();
        const auto idsOf = [&](BcEntity entity) {
            QSet<QString> ids;
            for (const QJsonObject& record : *server.bcApi().data().records(company, entity))
                ids.insert(record.value(QStringLiteral("id")).toString());
            return ids;
        };
        const QList<QPair<QString, BcEntity>> boards{
            {QStringLiteral("Vendors"), BcEntity::Vendors},
            {QStringLiteral("Purchase invoice approvals"), BcEntity::PurchaseInvoices},
            {QStringLiteral("Sales invoices"), BcEntity::SalesInvoices},
        };
        for (const auto& [name, entity] : boards) {
            const MondayBoard* board = server.monday().store().boardByName(name);
            QVERIFY2(board && !board->items.isEmpty(), qPrintable(name));
            const QSet<QString> ids = idsOf(entity);
            for (const MondayItem& item : board->items) {
                const QString bcId = item.cells.value(QStringLiteral("bc_id")).text.toString();
                QVERIFY2(ids.contains(bcId), qPrintable(name + QStringLiteral(": ") + item.name));
            }
        }
    }
};

QTEST_MAIN(tst_SandboxServer)
#include "tst_sandbox_server.moc"

#include "BoardPreviewPage.h"

#include "BoardPreviewModel.h"
#include "BothSecrets.h"
#include "PageLayout.h"
#include "ProfileDraft.h"
#include "bc/BcEntityCatalogue.h"
#include "monday/MondayBoardScan.h"
#include "monday/MondayClient.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"
#include "store/Database.h"
#include "store/LinkStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mlc::ui {

BoardPreviewPage::BoardPreviewPage(ProfileDraft* draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_network(new QNetworkAccessManager(this))
    , m_again(new QTimer(this))
    , m_model(new BoardPreviewModel(this))
{
    m_again->setInterval(std::chrono::seconds(kAgainSeconds));
    connect(m_again, &QTimer::timeout, this, [this] {
        if (m_refresh->isEnabled() && m_model->rowCount() <= kAgainUpToItems)
            refresh();
    });
    m_mapping = new QComboBox;
    m_mapping->setObjectName(QStringLiteral("previewMapping"));
    m_mapping->setMinimumContentsLength(30);
    m_refresh = new QPushButton(tr("Read the board"));
    m_refresh->setObjectName(QStringLiteral("previewRefresh"));
    m_state = new QLabel(tr("Choose a mapped board and read it."));
    m_state->setObjectName(QStringLiteral("previewState"));
    m_state->setWordWrap(true);
    m_view = PageLayout::table(new QTableView, QStringLiteral("previewItems"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Board:")));
    chooser->addWidget(m_mapping);
    chooser->addWidget(m_refresh);
    chooser->addStretch(1);
    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(tr("Board preview")));
    layout->addLayout(chooser);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &BoardPreviewPage::refresh);
    connect(m_draft, &ProfileDraft::changed, this, &BoardPreviewPage::showMappings);
    showMappings();
}

BoardPreviewPage::~BoardPreviewPage() = default;

void BoardPreviewPage::bind(CredentialStore* secrets, const QString& dataDir)
{
    m_secrets = secrets;
    m_dataDir = dataDir;
    m_readOnce = false;
}

void BoardPreviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_readOnce && m_secrets && currentMapping())
        refresh();
    m_again->start();
}

void BoardPreviewPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_again->stop();
}

void BoardPreviewPage::showMappings()
{
    const QVariant chosen = m_mapping->currentData();
    m_mapping->clear();
    for (const Mapping& mapping : m_draft->profile().mappings)
        m_mapping->addItem(
            tr("%1 → board %2").arg(BcEntityCatalogue::info(mapping.entity).displayName, mapping.boardId),
            int(mapping.entity));
    m_mapping->setCurrentIndex(qMax(0, m_mapping->findData(chosen)));
}

void BoardPreviewPage::selectEntity(BcEntity entity)
{
    m_mapping->setCurrentIndex(m_mapping->findData(int(entity)));
}

const Mapping* BoardPreviewPage::currentMapping() const
{
    return m_mapping->currentIndex() < 0
               ? nullptr
               : m_draft->profile().mappingFor(BcEntity(m_mapping->currentData().toInt()));
}

void BoardPreviewPage::refresh()
{
    const Mapping* mapping = currentMapping();
    if (!mapping) {
        m_state->setText(tr("No mapping yet: map an entity to a board on the Mapping page."));
        return;
    }
    m_reading = *mapping;
    m_readOnce = true;
    m_refresh->setEnabled(false);
    m_state->setText(tr("Reading the board…"));
    readBothSecrets(
        m_secrets, this, [this](const QString&, const QString& mondayToken) { readBoard(mondayToken); },
        [this](SecretId, const SecretResult& result) { finish(connectAccountsFirst(result)); });
}

void BoardPreviewPage::readBoard(const QString& mondayToken)
{
    MondayClient::Settings settings;
    settings.apiUrl = m_draft->profile().monday.apiUrl;
    settings.apiVersion = m_draft->profile().monday.apiVersion;
    m_client = std::make_unique<MondayClient>(m_network, m_clock, settings);
    m_client->setToken(mondayToken);
    m_structure =
        new MondayQuery(*m_client, m_clock, MondayDocuments::boardStructureRequest({m_reading.boardId}),
                        MondayRetrySettings::interactive(), this);
    connect(m_structure, &MondayQuery::finished, this, &BoardPreviewPage::onStructure);
    m_structure->start();
}

void BoardPreviewPage::onStructure(const MondayOutcome& outcome)
{
    m_structure->deleteLater();
    const QList<MondayBoardStructure> boards = outcome.kind == MondayOutcome::Kind::Done
                                                   ? MondayBoardStructure::listFromData(outcome.data)
                                                   : QList<MondayBoardStructure>();
    if (boards.isEmpty()) {
        finish(outcome.kind == MondayOutcome::Kind::Done
                   ? tr("Board %1 was not found, or the token has no access to it.").arg(m_reading.boardId)
                   : outcome.message);
        return;
    }
    m_model->reset(m_reading, boards.first());
    m_boardName = boards.first().name;
    // The connector's links say which record each item came from and what was last written to it. A data
    // folder the engine never wrote to has none: every item then shows as not from Business Central.
    QString error;
    m_links = Database::openReadOnly(m_dataDir, QStringLiteral("board-preview"), m_clock, &error);
    m_linkStore = m_links ? std::make_unique<LinkStore>(*m_links) : nullptr;
    QStringList columns = m_reading.columnIds();
    columns << m_reading.bcIdColumn;
    m_scan = new MondayBoardScan(*m_client, m_clock, m_reading.boardId, columns, MondayBoardScan::Settings(),
                                 this);
    connect(m_scan, &MondayBoardScan::pageRead, this, [this](const QList<MondayItem>& items) {
        QHash<QString, Link> links;
        for (const MondayItem& item : items) {
            const std::optional<Link> link =
                m_linkStore ? m_linkStore->findByItem(m_reading.boardId, item.id) : std::nullopt;
            if (link)
                links.insert(item.id, *link);
        }
        m_model->append(items, links);
    });
    connect(m_scan, &MondayBoardScan::finished, this, [this] { finish(QString()); });
    connect(m_scan, &MondayBoardScan::failed, this,
            [this](const MondayOutcome& failure) { finish(failure.message); });
    m_scan->start();
}

void BoardPreviewPage::finish(const QString& error)
{
    if (m_scan)
        m_scan->deleteLater();
    m_refresh->setEnabled(true);
    m_view->resizeColumnsToContents();
    const QString items =
        tr("\"%1\": %n item(s).", nullptr, m_model->rowCount()).arg(m_boardName) + QLatin1Char(' ');
    if (!error.isEmpty())
        m_state->setText(error);
    else if (m_model->differences() == 0)
        m_state->setText(items + tr("The board holds what the connector last wrote."));
    else
        m_state->setText(items + tr("%n highlighted value(s) differ from what the connector last wrote; the "
                                    "next reconcile writes Business Central's values back.",
                                    nullptr, m_model->differences()));
    Q_EMIT refreshed(m_model->rowCount(), m_model->differences(), error);
}

} // namespace mlc::ui

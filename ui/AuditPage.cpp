#include "AuditPage.h"

#include "AuditCsvExport.h"
#include "AuditModel.h"
#include "PageLayout.h"
#include "bc/BcEntity.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mlc::ui {

namespace {

// Every event the trail can hold, in the order the enum lists them.
QList<AuditEvent> listedEvents()
{
    QList<AuditEvent> events;
    for (int value = int(AuditEvent::Fetched); value < int(AuditEvent::Unknown); ++value)
        events.append(AuditEvent(value));
    return events;
}

} // namespace

AuditPage::AuditPage(QWidget* parent)
    : QWidget(parent)
{

    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->addItem(tr("All entities"), QString());
    for (BcEntity entity : BcEntities::all())
        m_entity->addItem(BcEntities::toString(entity), BcEntities::toString(entity));
    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("eventFilter"));
    m_event->addItem(tr("All events"), QString());
    for (AuditEvent event : listedEvents())
        m_event->addItem(AuditEvents::wireName(event), AuditEvents::wireName(event));
    m_record = new QLineEdit;
    m_record->setObjectName(QStringLiteral("recordFilter"));
    m_record->setPlaceholderText(tr("BC number or id, or monday item id"));
    m_record->setClearButtonEnabled(true);
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 24 * 3600);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    auto* refresh = new QPushButton(tr("Refresh"));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_entity);
    filters->addWidget(m_event);
    filters->addWidget(m_period);
    filters->addWidget(m_record, 1);
    filters->addWidget(refresh);

    m_table = PageLayout::table(new QTableView, QStringLiteral("auditTable"));
    m_table->setAlternatingRowColors(true);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(
        tr("Select an entry to see it in full: old and new values, request, error."));
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_notice = new QLabel(tr("There is no audit trail yet: it starts with the engine's first sync."));
    m_notice->setObjectName(QStringLiteral("auditNotice"));
    m_notice->setWordWrap(true);
    m_replaySelected = new QPushButton(tr("Replay selected"));
    m_replaySelected->setObjectName(QStringLiteral("replaySelected"));
    m_replaySelected->setEnabled(false);
    m_replayAll = new QPushButton(tr("Replay all failed"));
    m_replayAll->setObjectName(QStringLiteral("replayAll"));
    m_replayAll->setEnabled(false);
    connect(m_replaySelected, &QPushButton::clicked, this,
            [this] { Q_EMIT replayRequested(selectedFailedIds()); });
    connect(m_replayAll, &QPushButton::clicked, this, &AuditPage::replayAllFailedRequested);
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                         QStringLiteral("ml-connector-audit.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_notice, 1);
    actions->addWidget(m_export);
    actions->addWidget(m_replaySelected);
    actions->addWidget(m_replayAll);

    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(tr("Audit")));
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
}

void AuditPage::setDatabase(Database* database)
{
    delete m_model;
    m_database = database;
    m_model = database ? new AuditModel(*database, this) : nullptr;
    m_table->setModel(m_model);
    // Widths from the text they hold rather than from the rows, which a million entries would make slow.
    const QFontMetrics metrics(m_table->font());
    const int pad = metrics.averageCharWidth() * 2;
    m_table->setColumnWidth(AuditModel::TimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad);
    m_table->setColumnWidth(AuditModel::MappingColumn,
                            metrics.horizontalAdvance(QStringLiteral("purchaseInvoices")) + pad);
    m_table->setColumnWidth(AuditModel::EventColumn,
                            metrics.horizontalAdvance(QStringLiteral("unchanged")) + pad);
    m_table->setColumnWidth(AuditModel::RecordColumn, metrics.averageCharWidth() * 28);
    m_table->setColumnWidth(AuditModel::ItemColumn,
                            metrics.horizontalAdvance(QStringLiteral("99999999999")) + pad);
    m_replayAll->setEnabled(m_model);
    m_export->setEnabled(m_model);
    m_notice->setText(m_model ? QString()
                              : tr("There is no audit trail yet: it starts with the engine's first sync."));
    if (m_model) {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AuditPage::showSelected);
        applyFilter();
    }
}

void AuditPage::refresh()
{
    if (m_model)
        m_model->fetchNewer();
}

void AuditPage::exportCsv(const QString& path)
{
    if (!m_database)
        return;
    auto* csv = new AuditCsvExport(*m_database, m_model->filter(), path, this);
    m_export->setEnabled(false);
    connect(csv, &AuditCsvExport::progress, this, [this](int written) {
        m_notice->setText(tr("Exporting… %1 entries written").arg(QLocale().toString(written)));
    });
    connect(csv, &AuditCsvExport::finished, this, [this, csv](bool ok, const QString& message) {
        m_notice->setText(message);
        m_export->setEnabled(m_model);
        csv->deleteLater();
        Q_EMIT exportFinished(ok, message);
    });
    csv->start();
}

void AuditPage::applyFilter()
{
    if (!m_model)
        return;
    AuditFilter filter;
    filter.entity = m_entity->currentData().toString();
    filter.event = AuditEvents::fromWireName(m_event->currentData().toString());
    filter.text = m_record->text().trimmed();
    if (const int seconds = m_period->currentData().toInt(); seconds > 0)
        filter.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    m_model->setFilter(filter);
    m_notice->setText(m_model->lastError());
    showSelected();
}

void AuditPage::showSelected()
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    m_detail->setPlainText(
        rows.size() == 1 ? QString::fromUtf8(QJsonDocument(m_model->entryAt(rows.first().row()).toJson())
                                                 .toJson(QJsonDocument::Indented))
                         : QString());
    m_replaySelected->setEnabled(!selectedFailedIds().isEmpty());
}

QList<qint64> AuditPage::selectedFailedIds() const
{
    QList<qint64> ids;
    if (!m_model || !m_table->selectionModel())
        return ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const AuditEntry& entry = m_model->entryAt(row.row());
        if (entry.event == AuditEvent::Failed)
            ids.append(entry.id);
    }
    return ids;
}

} // namespace mlc::ui

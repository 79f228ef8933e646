#include "MappingPage.h"

#include "BothSecrets.h"
#include "ColumnMappingModel.h"
#include "FieldListModel.h"
#include "PageLayout.h"
#include "ProfileDraft.h"
#include "ValueMapModel.h"
#include "bc/BcApiClient.h"
#include "bc/BcEntityCatalogue.h"
#include "bc/BcRecord.h"
#include "bc/BcRequest.h"
#include "monday/MondayBoardList.h"
#include "monday/MondayClient.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayRequest.h"
#include "sync/EngineClients.h"
#include "sync/RecordPlanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDragMoveEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlc::ui {

namespace {

// The fields' view: while a field is dragged, the columns show where it fits.
class FieldView : public QTableView
{
public:
    FieldView(FieldListModel* fields, ColumnMappingModel* columns)
        : m_fields(fields)
        , m_columns(columns)
    {}

protected:
    void startDrag(Qt::DropActions supportedActions) override
    {
        m_columns->setCandidateField(m_fields->fieldAt(currentIndex().row()));
        QTableView::startDrag(supportedActions);
        m_columns->setCandidateField(QString());
    }

private:
    FieldListModel* m_fields;
    ColumnMappingModel* m_columns;
};

// The columns' view: while a field hovers over a column that cannot take it, the reason is shown.
class ColumnView : public QTableView
{
public:
    explicit ColumnView(std::function<void(const QString&)> hint)
        : m_hint(std::move(hint))
    {}

protected:
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        QTableView::dragMoveEvent(event);
        m_hint(indexAt(event->position().toPoint()).data(ColumnMappingModel::RefusalRole).toString());
    }

private:
    std::function<void(const QString&)> m_hint;
};

// The board label of a value: one of the column's labels, or typed.
class LabelDelegate : public QStyledItemDelegate
{
public:
    LabelDelegate(ValueMapModel* model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_model->boardLabels());
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
    }

private:
    ValueMapModel* m_model;
};

QTableView* tableView(QTableView* view, QAbstractItemModel* model, const QString& objectName)
{
    PageLayout::table(view, objectName)->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QByteArray secretsHash(const QString& bcSecret, const QString& mondayToken)
{
    return QCryptographicHash::hash((bcSecret + QLatin1Char('\n') + mondayToken).toUtf8(),
                                    QCryptographicHash::Sha256);
}

QString previewText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return MappingPage::tr("(empty)");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? MappingPage::tr("Yes") : MappingPage::tr("No");
    // Typed columns compare as objects ({"email": …, "text": …}); what a person reads is one of their parts.
    const QJsonObject object = value.toObject();
    for (const char* key : {"label", "text", "date", "email", "url", "phone"}) {
        const QJsonValue part = object.value(QLatin1String(key));
        if (part.isString() && !part.toString().isEmpty())
            return part.toString();
    }
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(object);
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

MappingPage::MappingPage(ProfileDraft* draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_dryRun(new MappingDryRun(this))
    , m_fieldModel(new FieldListModel(this))
    , m_columnModel(new ColumnMappingModel(this))
    , m_valueModel(new ValueMapModel(this))
{
    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(tr("Mapping")));
    layout->addWidget(buildChooser());
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(buildMapper());
    auto* lower = new QWidget;
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(buildDetails(), 3);
    lowerLayout->addWidget(buildPreview(), 2);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_columnModel, &ColumnMappingModel::mappingsChanged, this, &MappingPage::takeColumns);
    connect(m_columnModel, &ColumnMappingModel::dropRefused, this,
            [this](const QString& reason) { PageLayout::showResult(m_feedback, false, reason); });
    connect(m_valueModel, &ValueMapModel::valuesChanged, this, [this](const QMap<QString, QString>& values) {
        m_columnModel->setValues(m_columnView->currentIndex().row(), values);
    });
    connect(m_dryRun, &MappingDryRun::finished, this, &MappingPage::showDryRun);
    connect(m_draft, &ProfileDraft::replaced, this, [this] {
        dropClients();
        m_boardsAsked = false;
        m_boards.clear();
        m_showing = true;
        m_board->clear();
        m_showing = false;
        m_boardsState->clear();
        loadEntity();
    });
    loadEntity();
}

MappingPage::~MappingPage() = default;

QWidget* MappingPage::buildChooser()
{
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("mappingEntity"));
    for (BcEntity entity : BcEntities::all())
        m_entity->addItem(BcEntityCatalogue::info(entity).displayName, int(entity));
    m_board = new QComboBox;
    m_board->setObjectName(QStringLiteral("mappingBoard"));
    m_board->setMinimumContentsLength(28);
    m_board->setPlaceholderText(tr("Load the boards to choose one"));
    m_loadBoards = new QPushButton(tr("Load boards"));
    m_loadBoards->setObjectName(QStringLiteral("loadBoards"));
    m_boardsState = new QLabel;
    m_boardsState->setObjectName(QStringLiteral("boardsState"));
    m_boardsState->setWordWrap(true);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &MappingPage::loadEntity);
    connect(m_board, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            loadBoard(true);
    });
    connect(m_loadBoards, &QPushButton::clicked, this, &MappingPage::loadBoards);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Business Central:")));
    layout->addWidget(m_entity);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Board:")));
    layout->addWidget(m_board);
    layout->addWidget(m_loadBoards);
    layout->addWidget(m_boardsState, 1);
    return row;
}

QWidget* MappingPage::buildMapper()
{
    m_fieldView =
        tableView(new FieldView(m_fieldModel, m_columnModel), m_fieldModel, QStringLiteral("fields"));
    m_fieldView->setDragEnabled(true);
    m_fieldView->setDragDropMode(QAbstractItemView::DragOnly);
    m_fieldView->setDefaultDropAction(Qt::CopyAction);
    m_fieldView->setAccessibleName(tr("Business Central fields"));
    m_fieldView->horizontalHeader()->setSectionResizeMode(FieldListModel::NameColumn,
                                                          QHeaderView::ResizeToContents);

    m_columnView = tableView(new ColumnView([this](const QString& why) {
                                 if (!why.isEmpty())
                                     PageLayout::showResult(m_feedback, false, why);
                             }),
                             m_columnModel, QStringLiteral("columns"));
    m_columnView->setAcceptDrops(true);
    m_columnView->setDragDropMode(QAbstractItemView::DropOnly);
    m_columnView->setDropIndicatorShown(true);
    m_columnView->setDragDropOverwriteMode(true);
    m_columnView->setAccessibleName(tr("Board columns"));
    m_columnView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::TitleColumn,
                                                           QHeaderView::ResizeToContents);
    connect(m_columnView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingPage::showSelectedColumn);

    // The keyboard's way to the same: select a field and a column, then Ctrl+M (or the context menu).
    auto* mapAction = new QAction(tr("Map the selected field to this column"), this);
    mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mapAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(mapAction, &QAction::triggered, this, &MappingPage::mapSelected);
    auto* unmapAction = new QAction(tr("Remove the mapping"), this);
    unmapAction->setShortcut(QKeySequence::Delete);
    unmapAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(unmapAction, &QAction::triggered, this, &MappingPage::unmapSelected);
    addAction(mapAction);
    m_columnView->addAction(unmapAction);
    m_columnView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_columnView->insertAction(unmapAction, mapAction);

    auto* mapButton = new QPushButton(tr("Map →"));
    mapButton->setObjectName(QStringLiteral("mapButton"));
    mapButton->setToolTip(tr("Map the selected field to the selected column (Ctrl+M)"));
    connect(mapButton, &QPushButton::clicked, this, &MappingPage::mapSelected);
    auto* unmapButton = new QPushButton(tr("Unmap"));
    unmapButton->setObjectName(QStringLiteral("unmapButton"));
    connect(unmapButton, &QPushButton::clicked, this, &MappingPage::unmapSelected);
    auto* buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mapButton);
    buttons->addWidget(unmapButton);
    buttons->addStretch(1);

    m_feedback = new QLabel(tr("Drag a field onto a column, or select both and press Ctrl+M."));
    m_feedback->setObjectName(QStringLiteral("mappingFeedback"));
    m_feedback->setWordWrap(true);

    auto* tables = new QHBoxLayout;
    tables->addWidget(m_fieldView, 1);
    tables->addLayout(buttons);
    tables->addWidget(m_columnView, 1);
    auto* mapper = new QWidget;
    auto* layout = new QVBoxLayout(mapper);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tables, 1);
    layout->addWidget(m_feedback);
    return mapper;
}

QWidget* MappingPage::buildDetails()
{
    m_itemName = new QComboBox;
    m_itemName->setObjectName(QStringLiteral("itemNameField"));
    m_bcIdColumn = new QComboBox;
    m_bcIdColumn->setObjectName(QStringLiteral("bcIdColumn"));
    m_bcIdColumn->setToolTip(tr("A text column where the connector keeps each item's Business Central id, "
                                "so an item is never made twice. Add one on the board if there is none."));
    m_linkTo = new QComboBox;
    m_linkTo->setObjectName(QStringLiteral("linkTo"));
    m_linkTo->addItem(tr("Nothing"), -1);
    for (BcEntity entity : BcEntities::all())
        m_linkTo->addItem(BcEntityCatalogue::info(entity).displayName, int(entity));
    m_pollSeconds = new QSpinBox;
    m_pollSeconds->setObjectName(QStringLiteral("pollSeconds"));
    m_pollSeconds->setRange(Mapping::kMinPollSeconds, Mapping::kMaxPollSeconds);
    m_pollSeconds->setSuffix(tr(" s"));
    m_onDelete = new QComboBox;
    m_onDelete->setObjectName(QStringLiteral("onDelete"));
    m_onDelete->addItem(tr("Archive the item"), int(OnDelete::Archive));
    m_onDelete->addItem(tr("Delete the item"), int(OnDelete::Delete));
    m_onDelete->addItem(tr("Keep the item"), int(OnDelete::Keep));
    for (QComboBox* combo : {m_itemName, m_bcIdColumn, m_onDelete})
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingPage::takeOptions);
    connect(m_pollSeconds, &QSpinBox::valueChanged, this, &MappingPage::takeOptions);
    connect(m_linkTo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        const int entity = m_linkTo->currentData().toInt();
        m_columnModel->setLinkTo(m_columnView->currentIndex().row(),
                                 entity < 0 ? std::nullopt : std::optional<BcEntity>(BcEntity(entity)));
    });

    auto* createColumn = new QPushButton(tr("Create"));
    createColumn->setObjectName(QStringLiteral("createBcIdColumn"));
    createColumn->setToolTip(
        tr("Add a text column \"BC id\" to the board for the connector to keep the id in"));
    connect(createColumn, &QPushButton::clicked, this, &MappingPage::createBcIdColumn);
    auto* bcIdRow = new QHBoxLayout;
    bcIdRow->addWidget(m_bcIdColumn, 1);
    bcIdRow->addWidget(createColumn);

    auto* form = new QFormLayout;
    // Long labels (German) go above their field rather than squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Item name:"), m_itemName);
    form->addRow(tr("Business Central id column:"), bcIdRow);
    form->addRow(tr("Poll every:"), m_pollSeconds);
    form->addRow(tr("When a record is deleted:"), m_onDelete);
    form->addRow(tr("Selected column links to:"), m_linkTo);

    m_valueView = tableView(new QTableView, m_valueModel, QStringLiteral("valueMap"));
    m_valueView->setItemDelegateForColumn(ValueMapModel::LabelColumn, new LabelDelegate(m_valueModel, this));
    m_valueView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_valueView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_valueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_valueView->horizontalHeader()->setSectionResizeMode(ValueMapModel::LabelColumn, QHeaderView::Stretch);
    m_missingLabels = new QLabel;
    m_missingLabels->setObjectName(QStringLiteral("missingLabels"));
    m_missingLabels->setWordWrap(true);
    PageLayout::markFailed(m_missingLabels, true);

    m_createLabels = new QCheckBox(tr("Create missing labels"));
    m_createLabels->setObjectName(QStringLiteral("createLabels"));
    m_createLabels->setToolTip(
        tr("monday.com adds a label the column lacks with the first record that needs it. "
           "The token's user must be allowed to change the board."));
    m_createLabels->setEnabled(false);
    connect(m_createLabels, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing)
            m_columnModel->setCreateLabels(m_columnView->currentIndex().row(), on);
    });

    auto* values = new QGroupBox(tr("Values of the selected status or dropdown column"));
    auto* valuesLayout = new QVBoxLayout(values);
    valuesLayout->addWidget(m_valueView, 1);
    valuesLayout->addWidget(m_createLabels);
    valuesLayout->addWidget(m_missingLabels);

    auto* details = new QWidget;
    auto* layout = new QHBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* options = new QGroupBox(tr("Options"));
    options->setLayout(form);
    layout->addWidget(options);
    layout->addWidget(values, 1);
    return details;
}

QWidget* MappingPage::buildPreview()
{
    m_preview = new QTableWidget(0, 2);
    PageLayout::table(m_preview, QStringLiteral("preview"));
    m_preview->setHorizontalHeaderLabels({tr("Column"), tr("On the board")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_dryRunButton = new QPushButton(tr("Dry run"));
    m_dryRunButton->setObjectName(QStringLiteral("dryRun"));
    m_dryRunButton->setToolTip(tr("Read every record and plan it against the board, writing nothing"));
    connect(m_dryRunButton, &QPushButton::clicked, this, &MappingPage::runDryRun);
    m_dryRunResult = new QLabel;
    m_dryRunResult->setObjectName(QStringLiteral("dryRunResult"));
    m_dryRunResult->setWordWrap(true);
    m_dryRunResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton = new QPushButton(tr("Save mapping"));
    m_saveButton->setObjectName(QStringLiteral("saveMapping"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &MappingPage::save);
    m_saveResult = new QLabel;
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    m_saveResult->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    auto* group = new QGroupBox(tr("Preview of the sample record"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_dryRunResult);
    layout->addWidget(m_saveResult);
    return group;
}

void MappingPage::bind(CredentialStore* secrets, const QString& dataDir)
{
    m_secrets = secrets;
    m_dataDir = dataDir;
    dropClients();
}

// What reads through the clients goes with them: the board list holds a reference to the monday client, and
// the BC requests are the client's children.
void MappingPage::dropClients()
{
    delete m_boardList;
    m_loadBoards->setEnabled(true);
    m_clients.reset();
    m_clientsSecrets.clear();
}

void MappingPage::withSecrets(const std::function<void(QString, QString)>& use)
{
    readBothSecrets(
        m_secrets, this,
        [this, use](const QString& bcSecret, const QString& mondayToken) {
            // The accounts may have changed on the Accounts page since the clients were made.
            const Profile& profile = m_draft->profile();
            if (m_clients && (m_clientsFor.businessCentral != profile.businessCentral ||
                              m_clientsFor.monday != profile.monday ||
                              m_clientsSecrets != secretsHash(bcSecret, mondayToken)))
                dropClients();
            if (!m_clients) {
                m_clients = std::make_unique<EngineClients>(profile, bcSecret, mondayToken, m_clock);
                m_clientsFor = profile;
                m_clientsSecrets = secretsHash(bcSecret, mondayToken);
            }
            use(bcSecret, mondayToken);
        },
        [this](SecretId, const SecretResult& result) {
            PageLayout::showResult(m_feedback, false, connectAccountsFirst(result));
            m_loadBoards->setEnabled(true);
            m_dryRunButton->setEnabled(true);
        });
}

void MappingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_boardsAsked && m_secrets)
        loadBoards();
}

void MappingPage::loadBoards()
{
    if (m_boardList)
        return; // already on its way
    m_boardsAsked = true;
    m_loadBoards->setEnabled(false);
    m_boardsState->setText(tr("Loading the boards…"));
    withSecrets([this](const QString&, const QString&) {
        m_boardList = new MondayBoardList(m_clients->monday(), m_clock, this);
        connect(m_boardList, &MondayBoardList::finished, this, &MappingPage::showBoards);
        connect(m_boardList, &MondayBoardList::failed, this, [this](const QString& error) {
            m_boardList->deleteLater();
            m_boardList.clear();
            m_loadBoards->setEnabled(true);
            PageLayout::showResult(m_boardsState, false, error);
        });
        m_boardList->start();
    });
}

void MappingPage::showBoards(const QList<MondayBoardStructure>& boards)
{
    m_boardList->deleteLater();
    m_boardList.clear();
    m_loadBoards->setEnabled(true);
    m_boards = boards;
    PageLayout::showResult(m_boardsState, true, tr("%n board(s) found.", nullptr, int(boards.size())));
    m_showing = true;
    m_board->clear();
    for (const MondayBoardStructure& board : boards)
        m_board->addItem(tr("%1 (%2)").arg(board.name, board.id), board.id);
    m_board->setCurrentIndex(m_board->findData(m_editing.boardId));
    m_showing = false;
    loadBoard(false);
    loadSample();
    Q_EMIT boardsLoaded(int(boards.size()));
}

void MappingPage::selectEntity(BcEntity entity)
{
    m_entity->setCurrentIndex(m_entity->findData(int(entity)));
}

void MappingPage::selectBoard(const QString& boardId)
{
    m_board->setCurrentIndex(m_board->findData(boardId));
}

// The entity's mapping as the profile has it, or a new one named by the entity's usual name field.
void MappingPage::loadEntity()
{
    const BcEntity entity = BcEntity(m_entity->currentData().toInt());
    if (const Mapping* existing = m_draft->profile().mappingFor(entity)) {
        m_editing = *existing;
    } else {
        m_editing = Mapping();
        m_editing.entity = entity;
        m_editing.itemName = BcEntityCatalogue::info(entity).nameField;
    }
    m_fieldModel->setEntity(entity);
    m_showing = true;
    if (!m_editing.boardId.isEmpty())
        m_board->setCurrentIndex(m_board->findData(m_editing.boardId));
    m_showing = false;
    loadBoard(false);
    if (!m_boards.isEmpty())
        loadSample();
}

const MondayBoardStructure* MappingPage::currentBoard() const
{
    const QString id = m_board->currentData().toString();
    for (const MondayBoardStructure& board : m_boards) {
        if (board.id == id)
            return &board;
    }
    return nullptr;
}

// `chosen`: the admin picked the board, rather than the page showing the mapping's own.
void MappingPage::loadBoard(bool chosen)
{
    const MondayBoardStructure* board = currentBoard();
    if (board && board->id != m_editing.boardId && !chosen && !m_editing.boardId.isEmpty())
        board = nullptr; // the mapping's board is not among those the token sees
    if (board && board->id != m_editing.boardId) {
        // Another board: its columns are other columns.
        m_editing.boardId = board->id;
        m_editing.columns.clear();
        m_editing.bcIdColumn.clear();
        for (const MondayColumn& column : board->columns) {
            if (column.type() == MondayColumnType::Text &&
                column.title().contains(QLatin1String("id"), Qt::CaseInsensitive))
                m_editing.bcIdColumn = column.id();
        }
    }
    m_columnModel->reset(m_editing.entity, board ? *board : MondayBoardStructure(), m_editing.columns,
                         m_editing.bcIdColumn);
    showOptions();
    refreshPreview();
}

void MappingPage::loadSample()
{
    const BcEntity entity = m_editing.entity;
    withSecrets([this, entity](const QString&, const QString&) {
        BcRequest* request = m_clients->bc().get(m_clients->bc().collectionUrl(entity), 1);
        connect(request, &BcRequest::succeeded, this, [this, entity](const QJsonObject& body) {
            if (entity != m_editing.entity)
                return; // the admin moved on
            const QJsonArray records = body.value(QStringLiteral("value")).toArray();
            m_fieldModel->setSample(records.isEmpty() ? QJsonObject() : records.first().toObject());
            refreshPreview();
            Q_EMIT sampleLoaded();
        });
        connect(request, &BcRequest::failed, this, [this](const BcError& error) {
            PageLayout::showResult(m_feedback, false,
                                   tr("No sample record could be read: %1").arg(error.summary()));
        });
    });
}

void MappingPage::showOptions()
{
    m_showing = true;
    m_itemName->clear();
    for (const QString& field : BcEntityCatalogue::fieldNames(m_editing.entity))
        m_itemName->addItem(field, field);
    m_itemName->setCurrentIndex(m_itemName->findData(m_editing.itemName));
    m_bcIdColumn->clear();
    for (const MondayColumn& column : m_columnModel->board().columns) {
        if (column.type() == MondayColumnType::Text)
            m_bcIdColumn->addItem(column.title(), column.id());
    }
    m_bcIdColumn->setCurrentIndex(m_bcIdColumn->findData(m_editing.bcIdColumn));
    m_pollSeconds->setValue(m_editing.pollSeconds);
    m_onDelete->setCurrentIndex(m_onDelete->findData(int(m_editing.onDelete)));
    m_showing = false;
    showSelectedColumn();
}

void MappingPage::takeOptions()
{
    if (m_showing)
        return;
    m_editing.itemName = m_itemName->currentData().toString();
    m_editing.bcIdColumn = m_bcIdColumn->currentData().toString();
    m_editing.pollSeconds = m_pollSeconds->value();
    m_editing.onDelete = OnDelete(m_onDelete->currentData().toInt());
    m_columnModel->setBcIdColumn(m_editing.bcIdColumn);
    refreshPreview();
}

void MappingPage::takeColumns()
{
    m_editing.columns = m_columnModel->columnMappings();
    const QString missing = m_valueModel->missingLabels().join(QStringLiteral(", "));
    if (missing.isEmpty())
        m_missingLabels->clear();
    else if (m_createLabels->isChecked())
        m_missingLabels->setText(tr("Not on the board yet: %1. They are created with the first record that "
                                    "needs them.")
                                     .arg(missing));
    else
        m_missingLabels->setText(
            tr("Not on the board yet: %1. Choose labels the column has, add these on the "
               "board, or let the connector create them.")
                .arg(missing));
    refreshPreview();
}

// The value map and the link of the column selected on the right.
void MappingPage::showSelectedColumn()
{
    const int row = m_columnView->currentIndex().row();
    const MondayColumn* column = m_columnModel->columnAt(row);
    const ColumnMapping* mapping = m_columnModel->mappingAt(row);
    const bool labelled =
        column && mapping &&
        (column->type() == MondayColumnType::Status || column->type() == MondayColumnType::Dropdown);
    if (labelled)
        m_valueModel->reset(m_editing.entity, mapping->field, *column, mapping->values);
    else
        m_valueModel->clear();
    m_showing = true;
    m_createLabels->setEnabled(labelled);
    m_createLabels->setChecked(labelled && mapping->createLabels);
    const bool linking = column && mapping && column->type() == MondayColumnType::BoardRelation;
    m_linkTo->setEnabled(linking);
    m_linkTo->setCurrentIndex(linking && mapping->linkTo ? m_linkTo->findData(int(*mapping->linkTo)) : 0);
    m_showing = false;
    takeColumns();
}

void MappingPage::mapSelected()
{
    const QString field = m_fieldModel->fieldAt(m_fieldView->currentIndex().row());
    const int row = m_columnView->currentIndex().row();
    if (field.isEmpty() || row < 0) {
        PageLayout::showResult(m_feedback, false,
                               tr("Select a field on the left and a column on the right first."));
        return;
    }
    QString why;
    if (!m_columnModel->map(field, row, &why)) {
        PageLayout::showResult(m_feedback, false, why);
        return;
    }
    PageLayout::showResult(
        m_feedback, true,
        tr("\"%1\" now goes into \"%2\".").arg(field, m_columnModel->columnAt(row)->title()));
    showSelectedColumn();
}

void MappingPage::unmapSelected()
{
    m_columnModel->unmap(m_columnView->currentIndex().row());
    showSelectedColumn();
}

// The sample record as the planner would write it: exactly what the engine sends, nothing sent.
void MappingPage::refreshPreview()
{
    m_preview->setRowCount(0);
    const auto addRow = [this](const QString& column, const QString& value, bool failed = false) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(column));
        auto* item = new QTableWidgetItem(value);
        item->setToolTip(value);
        if (failed)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_preview->setItem(row, 1, item);
    };
    const MondayBoardStructure* board = currentBoard();
    QString whyNot;
    const std::optional<BcRecord> record = BcRecord::fromJson(m_fieldModel->sample(), &whyNot);
    if (!board || !record) {
        addRow(tr("Preview"), tr("Choose a board; the preview shows one record from Business Central."));
        return;
    }
    const RecordPlanner planner(m_editing, *board, [](BcEntity, const QString&) {
        return std::optional<QString>(QStringLiteral("1")); // a link as the dry run shows it
    });
    const RecordPlan plan = planner.plan(*record, std::nullopt);
    addRow(tr("Item name"), plan.itemName);
    for (const ColumnMapping& mapping : m_editing.columns) {
        const MondayColumn* column = board->column(mapping.column);
        const QString title = column ? column->title() : mapping.column;
        if (plan.action == RecordPlan::Action::Failed && plan.errorColumn == mapping.column)
            addRow(title, plan.error, true);
        else
            addRow(title, previewText(plan.plannedValues.value(mapping.column)));
    }
    if (plan.action == RecordPlan::Action::Failed && plan.errorColumn.isEmpty())
        addRow(tr("Cannot be written"), plan.error, true);
    m_preview->resizeColumnToContents(0);
}

Profile MappingPage::profileWithEdit() const
{
    Profile profile = m_draft->profile();
    profile.mappings.removeIf([this](const Mapping& m) { return m.entity == m_editing.entity; });
    profile.mappings.append(m_editing);
    return profile;
}

void MappingPage::runDryRun()
{
    if (m_dataDir.isEmpty() || !currentBoard()) {
        PageLayout::showResult(m_feedback, false, tr("Choose a board first."));
        return;
    }
    m_dryRunButton->setEnabled(false);
    PageLayout::showResult(m_dryRunResult, true,
                           tr("Reading every record and planning it against the board…"));
    withSecrets([this](const QString& bcSecret, const QString& mondayToken) {
        m_dryRun->start(profileWithEdit(), m_editing, m_dataDir, bcSecret, mondayToken);
    });
}

void MappingPage::showDryRun(const MappingDryRun::Outcome& outcome)
{
    m_dryRunButton->setEnabled(true);
    const SyncPass::MappingResult& result = outcome.result;
    if (!result.error.isEmpty()) {
        PageLayout::showResult(m_dryRunResult, false, tr("The dry run stopped: %1").arg(result.error));
    } else {
        QString text = tr("This will create %1 and update %2.")
                           .arg(tr("%n item(s)", nullptr, result.poll.creates),
                                tr("%n item(s)", nullptr, result.poll.updates));
        if (result.poll.unchanged > 0)
            text += QLatin1Char(' ') + tr("%n already match.", nullptr, result.poll.unchanged);
        if (result.poll.failed > 0)
            text += QLatin1Char(' ') + tr("%n cannot be written: %1", nullptr, result.poll.failed)
                                           .arg(outcome.problems.join(QStringLiteral("; ")));
        PageLayout::showResult(m_dryRunResult, result.poll.failed == 0, text);
    }
    Q_EMIT dryRunFinished(outcome);
}

void MappingPage::save()
{
    m_draft->setMapping(m_editing);
    QString error;
    const bool ok = !m_dataDir.isEmpty() && m_draft->save(m_dataDir, &error);
    PageLayout::showResult(m_saveResult, ok,
                           ok ? tr("Saved. The engine syncs with this mapping now.")
                              : (error.isEmpty() ? tr("There is no data folder to save to.") : error));
    Q_EMIT saved(ok);
}

void MappingPage::createBcIdColumn()
{
    const MondayBoardStructure* board = currentBoard();
    if (!board) {
        PageLayout::showResult(m_feedback, false, tr("Choose a board first."));
        return;
    }
    const QString boardId = board->id;
    withSecrets([this, boardId](const QString&, const QString&) {
        MondayRequest* request =
            m_clients->monday().send(MondayDocuments::createTextColumnRequest(boardId, tr("BC id")));
        connect(request, &MondayRequest::finished, this, [this, boardId](const MondayOutcome& outcome) {
            const QJsonObject created = outcome.data.value(QStringLiteral("create_column")).toObject();
            const QString columnId = created.value(QStringLiteral("id")).toString();
            if (outcome.kind != MondayOutcome::Kind::Done || columnId.isEmpty()) {
                PageLayout::showResult(m_feedback, false,
                                       tr("The column could not be created: %1").arg(outcome.message));
                return;
            }
            for (MondayBoardStructure& known : m_boards) {
                if (known.id == boardId)
                    known.columns.append(MondayColumn::fromJson(created));
            }
            if (m_editing.boardId == boardId) {
                m_editing.bcIdColumn = columnId;
                loadBoard(false);
            }
            PageLayout::showResult(
                m_feedback, true,
                tr("The board has a \"BC id\" column now; the connector keeps each item's id there."));
            Q_EMIT bcIdColumnCreated(columnId);
        });
    });
}

} // namespace mlc::ui

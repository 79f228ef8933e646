#pragma once

#include "common/SystemClock.h"
#include "monday/MondayBoardStructure.h"
#include "sync/Mapping.h"
#include "sync/MappingDryRun.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace mlc {
class CredentialStore;
class EngineClients;
class MondayBoardList;
} // namespace mlc

namespace mlc::ui {

class ColumnMappingModel;
class FieldListModel;
class ProfileDraft;
class ValueMapModel;

// Maps one Business Central entity to one board: the entity's fields (with a real record's values) on the
// left, the board's columns on the right; a field is dragged onto a column, or mapped from the keyboard
// (select both, Ctrl+M or the context menu). Status and dropdown columns get a value map, board_relation
// columns the entity they link to. A preview shows the sample record as the board will hold it, and a dry
// run what switching the mapping on would write, before it is saved into the profile.
class MappingPage : public QWidget
{
    Q_OBJECT

public:
    MappingPage(ProfileDraft* draft, QWidget* parent = nullptr);
    ~MappingPage() override;

    // Where the secrets come from and the data folder the profile is saved to and dry runs read links from.
    void bind(CredentialStore* secrets, const QString& dataDir);

    void loadBoards();
    void selectEntity(BcEntity entity);
    void selectBoard(const QString& boardId);
    // Keyboard mapping: the selected field onto the selected column.
    void mapSelected();
    void unmapSelected();
    void runDryRun();
    void save();
    // Adds a text column for the BC id to the board and uses it.
    void createBcIdColumn();

    const Mapping& editedMapping() const { return m_editing; }
    FieldListModel* fieldModel() const { return m_fieldModel; }
    ColumnMappingModel* columnModel() const { return m_columnModel; }
    ValueMapModel* valueMapModel() const { return m_valueModel; }
    QTableView* fieldView() const { return m_fieldView; }
    QTableView* columnView() const { return m_columnView; }

Q_SIGNALS:
    void boardsLoaded(int count);
    void sampleLoaded();
    void dryRunFinished(const mlc::MappingDryRun::Outcome& outcome);
    void saved(bool ok);
    void bcIdColumnCreated(const QString& columnId);

protected:
    // The first time the page shows a profile, its boards are loaded without asking.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildChooser();
    QWidget* buildMapper();
    QWidget* buildDetails();
    QWidget* buildPreview();
    void dropClients();
    void withSecrets(const std::function<void(QString bcSecret, QString mondayToken)>& use);
    void showBoards(const QList<MondayBoardStructure>& boards);
    void loadEntity();
    void loadBoard(bool chosen);
    void loadSample();
    void takeColumns();
    void takeOptions();
    void showSelectedColumn();
    void showOptions();
    void refreshPreview();
    void showDryRun(const MappingDryRun::Outcome& outcome);
    Profile profileWithEdit() const;
    const MondayBoardStructure* currentBoard() const;

    ProfileDraft* m_draft;
    CredentialStore* m_secrets = nullptr;
    QString m_dataDir;
    SystemClock m_clock;
    Mapping m_editing;
    QList<MondayBoardStructure> m_boards;
    bool m_boardsAsked = false;
    bool m_showing = false; // filling the widgets from m_editing; their signals are not edits
    std::unique_ptr<EngineClients> m_clients;
    Profile m_clientsFor;        // the accounts m_clients were made for
    QByteArray m_clientsSecrets; // and a hash of the secrets: enough to tell they changed

    QPointer<MondayBoardList> m_boardList;
    MappingDryRun* m_dryRun;

    QComboBox* m_entity = nullptr;
    QComboBox* m_board = nullptr;
    QPushButton* m_loadBoards = nullptr;
    QLabel* m_boardsState = nullptr;
    FieldListModel* m_fieldModel;
    ColumnMappingModel* m_columnModel;
    ValueMapModel* m_valueModel;
    QTableView* m_fieldView = nullptr;
    QTableView* m_columnView = nullptr;
    QTableView* m_valueView = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_missingLabels = nullptr;
    QCheckBox* m_createLabels = nullptr;
    QComboBox* m_itemName = nullptr;
    QComboBox* m_bcIdColumn = nullptr;
    QComboBox* m_linkTo = nullptr;
    QSpinBox* m_pollSeconds = nullptr;
    QComboBox* m_onDelete = nullptr;
    QTableWidget* m_preview = nullptr;
    QPushButton* m_dryRunButton = nullptr;
    QLabel* m_dryRunResult = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_saveResult = nullptr;
};

} // namespace mlc::ui

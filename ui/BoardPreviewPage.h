#pragma once

#include "common/SystemClock.h"
#include "sync/Mapping.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QTimer;

namespace mlc {
class CredentialStore;
class Database;
class LinkStore;
class MondayBoardScan;
class MondayClient;
class MondayQuery;
struct MondayOutcome;
} // namespace mlc

namespace mlc::ui {

class BoardPreviewModel;
class ProfileDraft;

// A mapped board as monday.com holds it, read through the API page by page, next to the Business Central
// record each item came from, with what differs from the connector's last write highlighted: what landed,
// seen without leaving the app. Reads only.
class BoardPreviewPage : public QWidget
{
    Q_OBJECT

public:
    BoardPreviewPage(ProfileDraft* draft, QWidget* parent = nullptr);
    ~BoardPreviewPage() override;

    void bind(CredentialStore* secrets, const QString& dataDir);
    void selectEntity(BcEntity entity);
    void refresh();
    BoardPreviewModel* model() const { return m_model; }

Q_SIGNALS:
    // The board was read to its end; `error` is empty unless it could not be.
    void refreshed(int items, int differences, const QString& error);

protected:
    // The first time the page shows a profile, the first mapped board is read without asking.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showMappings();
    const Mapping* currentMapping() const;
    void readBoard(const QString& mondayToken);
    void onStructure(const MondayOutcome& outcome);
    void finish(const QString& error);

    ProfileDraft* m_draft;
    CredentialStore* m_secrets = nullptr;
    QString m_dataDir;
    SystemClock m_clock;
    QNetworkAccessManager* m_network;
    std::unique_ptr<MondayClient> m_client;
    std::unique_ptr<Database> m_links;
    std::unique_ptr<LinkStore> m_linkStore;
    QPointer<MondayQuery> m_structure;
    QPointer<MondayBoardScan> m_scan;
    Mapping m_reading;
    bool m_readOnce = false;
    QString m_boardName;
    // While the page is shown, the board is read again now and then, so what lands shows up by itself.
    QTimer* m_again;
    static constexpr int kAgainSeconds = 60;
    static constexpr int kAgainUpToItems = 2000; // larger boards are read on request only
    QComboBox* m_mapping = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_state = nullptr;
    QTableView* m_view = nullptr;
    BoardPreviewModel* m_model;
};

} // namespace mlc::ui

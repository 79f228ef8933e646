#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mlc {
class Database;
}

namespace mlc::ui {

class AuditModel;

// The Audit page: the trail in a lazy table (AuditModel) with filters by entity, event and BC record, a
// detail pane with the entry in full (old → new values, request, attempt, error), and Replay for the selected
// failed entries or all of them, which it only asks for; the owner of the engine carries it out.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);

    // The read-only connection to read through; until it is set the page says there is no trail yet.
    void setDatabase(Database* database);
    AuditModel* model() const { return m_model; }
    // Shows what the engine appended since; selection and scrolling stay.
    void refresh();
    // Writes what the filters select to a CSV file, page by page, with progress in the page's notice line.
    void exportCsv(const QString& path);

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);
    void replayRequested(const QList<qint64>& auditIds);
    void replayAllFailedRequested();

private:
    void applyFilter();
    void showSelected();
    QList<qint64> selectedFailedIds() const;

    AuditModel* m_model = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_event = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_period = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_replaySelected = nullptr;
    QPushButton* m_replayAll = nullptr;
    QPushButton* m_export = nullptr;
    Database* m_database = nullptr;
};

} // namespace mlc::ui

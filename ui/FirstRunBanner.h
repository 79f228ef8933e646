#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mlc::ui {

// A strip above the pages while the app is not yet syncing the admin's own data. In the demo it says that
// what the pages show is sample data and offers to set up the real accounts; during set-up it shows the
// short path (Accounts → Mapping → Status) and offers the sample data instead. Hidden once a profile runs.
class FirstRunBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Mode
    {
        Hidden,
        Demo,
        SetUp,
    };

    explicit FirstRunBanner(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void setUpRequested();
    void sampleDataRequested();
    // A step of the path was clicked: the page to show.
    void pageRequested(const QString& pageId);

private:
    Mode m_mode = Mode::Hidden;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace mlc::ui

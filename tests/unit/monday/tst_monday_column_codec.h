#pragma once

#include <QObject>

// Declared apart from the test bodies: moc cannot read the raw-string JSON fixtures in the .cpp.
class tst_MondayColumnCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void encodeShapes_data();
    void encodeShapes();
    void clearing_data();
    void clearing();
    void numbersAreLocaleIndependent();
    void missingStatusLabelFailsWithAClearReason();
    void missingDropdownLabelFails();
    void labelsAreCreatedOnlyWhenAllowed();
    void valuesTheColumnCannotHold_data();
    void valuesTheColumnCannotHold();
    void longTextAtTheLimitIsWritten();
    void readBackMatchesWhatWeWrite_data();
    void readBackMatchesWhatWeWrite();
    void emptyCellsReadBackAsCleared_data();
    void emptyCellsReadBackAsCleared();
    void linkedItemIdsCompareAsASet();
    void dateTimeOnTheBoardDiffersFromADateOnlyWrite();
};

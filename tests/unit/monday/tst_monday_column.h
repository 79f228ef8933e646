#pragma once

#include <QObject>

// Declared apart from the test bodies: moc cannot read the raw-string JSON fixtures in the .cpp.
class tst_MondayColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNamesRoundTrip_data();
    void typeNamesRoundTrip();
    void otherTypesAreUnsupported_data();
    void otherTypesAreUnsupported();
    void unsupportedColumnKeepsMondaysTypeName();
    void statusLabelsFromSettingsStr();
    void statusLabelsWithoutPositionsOrColours();
    void dropdownLabelsFromSettingsStr();
    void typedSettingsOfNewerApiVersions();
    void boardRelationTargets();
    void oddSettingsLeaveNoLabels_data();
    void oddSettingsLeaveNoLabels();
    void missingFieldsAreTolerated();
};

#pragma once

#include "bc/BcEntity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mlc {

// What a connection check found out about one Business Central environment, step by step: token, company,
// then every mapped entity. A step that was never reached (an earlier one failed) stays unchecked, so a
// caller can tell "not tried" from "failed". `error` is a sentence for the admin that says what to fix.
struct BcConnectionReport
{
    struct Step
    {
        bool checked = false;
        bool ok = false;
        QString error; // empty unless checked and failed
    };

    struct Company
    {
        QString id;
        QString displayName;
    };

    struct Entity
    {
        BcEntity entity = BcEntity::Vendors;
        Step result;
        QStringList unknownFields; // mapped fields BC has no property for
    };

    Step token;
    Step company;
    Company companyFound; // set when company.ok
    QList<Company>
        otherCompanies;     // what the environment holds, when the company is not there or none was named
    QList<Entity> entities; // in the order they were asked for; empty until the company is found

    bool ok() const;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::BcConnectionReport)

#include "BcConnectionReport.h"

#include <algorithm>

namespace mlc {

bool BcConnectionReport::ok() const
{
    const auto passed = [](const Step& step) {
        return step.checked && step.ok;
    };
    return passed(token) && passed(company) &&
           std::all_of(entities.begin(), entities.end(),
                       [&passed](const Entity& entity) { return passed(entity.result); });
}

} // namespace mlc

#include "Profile.h"

namespace mlc {

const Mapping* Profile::mappingFor(BcEntity entity) const
{
    for (const Mapping& mapping : mappings) {
        if (mapping.entity == entity)
            return &mapping;
    }
    return nullptr;
}

} // namespace mlc

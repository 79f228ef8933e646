#pragma once

#include "GraphQLSchema.h"

#include <QString>

namespace mlc::sandbox {

// The part of monday's API schema the simulator serves, written as SDL with monday's own names and argument
// types (specs/monday-schema.graphql). A field missing here is refused by validation before anything runs.
// Later layers add to it with extend(): `extend type Mutation { create_item(...): Item }`.
class MondaySchema
{
public:
    static GraphQLSchema build();
    // Adds SDL (types or `extend type`) to `schema`; false, with the parse error logged, when it does not
    // parse.
    static bool extend(GraphQLSchema& schema, const QString& sdl);
    static QString querySdl();
};

} // namespace mlc::sandbox

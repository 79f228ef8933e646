# Every GraphQL document the connector sends is valid against monday's schema (tests/graphql/README.md).
add_executable(monday_documents_json monday_documents_json.cpp)
target_link_libraries(monday_documents_json PRIVATE mlc_core)

set(_mlc_graphql_dir ${PROJECT_SOURCE_DIR}/tests/graphql)
# scripts/dev test runs `npm ci` here; the check does it itself when the package is missing.
set(MLC_GRAPHQL_NODE_DIR ${CMAKE_BINARY_DIR}/graphql-node)
add_test(NAME check_monday_documents
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check-graphql-documents.sh ${_mlc_graphql_dir} ${MLC_GRAPHQL_NODE_DIR}
        --documents $<TARGET_FILE:monday_documents_json>)
add_test(NAME check_monday_documents_catch_errors
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check-graphql-documents.sh ${_mlc_graphql_dir} ${MLC_GRAPHQL_NODE_DIR}
        --broken ${_mlc_graphql_dir}/broken-documents.json)
# Both install into the same folder when it is empty; one at a time.
set_tests_properties(check_monday_documents check_monday_documents_catch_errors PROPERTIES
    RESOURCE_LOCK mlc_graphql_node TIMEOUT 300)

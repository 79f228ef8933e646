# The GraphQL client: documents, requests and the classification of monday's answers.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MondayRequestBody.h ${CMAKE_CURRENT_LIST_DIR}/MondayRequestBody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayDocuments.h ${CMAKE_CURRENT_LIST_DIR}/MondayDocuments.cpp
)

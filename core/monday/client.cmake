# The GraphQL client: documents, requests and the classification of monday's answers.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MondayClientLogging.h ${CMAKE_CURRENT_LIST_DIR}/MondayClientLogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayRequestBody.h ${CMAKE_CURRENT_LIST_DIR}/MondayRequestBody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayDocuments.h ${CMAKE_CURRENT_LIST_DIR}/MondayDocuments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayResponse.h
    ${CMAKE_CURRENT_LIST_DIR}/MondayError.h ${CMAKE_CURRENT_LIST_DIR}/MondayError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayOutcome.h ${CMAKE_CURRENT_LIST_DIR}/MondayOutcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayClient.h ${CMAKE_CURRENT_LIST_DIR}/MondayClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayRequest.h ${CMAKE_CURRENT_LIST_DIR}/MondayRequest.cpp
)

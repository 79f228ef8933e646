# The OData reader: requests with token, retries and paging, and delta passes on lastModifiedDateTime.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcLogging.h ${CMAKE_CURRENT_LIST_DIR}/BcLogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcError.h ${CMAKE_CURRENT_LIST_DIR}/BcError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcRetryPolicy.h ${CMAKE_CURRENT_LIST_DIR}/BcRetryPolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcTimestamp.h ${CMAKE_CURRENT_LIST_DIR}/BcTimestamp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcRecord.h ${CMAKE_CURRENT_LIST_DIR}/BcRecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcApiClient.h ${CMAKE_CURRENT_LIST_DIR}/BcApiClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcRequest.h ${CMAKE_CURRENT_LIST_DIR}/BcRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcCollectionReader.h ${CMAKE_CURRENT_LIST_DIR}/BcCollectionReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcDeltaCursor.h ${CMAKE_CURRENT_LIST_DIR}/BcDeltaCursor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcDeltaReader.h ${CMAKE_CURRENT_LIST_DIR}/BcDeltaReader.cpp
)

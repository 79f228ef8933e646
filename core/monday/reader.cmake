# Reading boards and writing to them: structure, scans, lookups, retrying reads and the paced write queue.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MondayRetrySettings.h
    ${CMAKE_CURRENT_LIST_DIR}/MondayRetryDelay.h ${CMAKE_CURRENT_LIST_DIR}/MondayRetryDelay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayQuery.h ${CMAKE_CURRENT_LIST_DIR}/MondayQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayBoardStructure.h ${CMAKE_CURRENT_LIST_DIR}/MondayBoardStructure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayBoardList.h ${CMAKE_CURRENT_LIST_DIR}/MondayBoardList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayItem.h ${CMAKE_CURRENT_LIST_DIR}/MondayItem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayBoardScan.h ${CMAKE_CURRENT_LIST_DIR}/MondayBoardScan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayItemLookup.h ${CMAKE_CURRENT_LIST_DIR}/MondayItemLookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayWrite.h ${CMAKE_CURRENT_LIST_DIR}/MondayWrite.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayWriteQueue.h ${CMAKE_CURRENT_LIST_DIR}/MondayWriteQueue.cpp
)

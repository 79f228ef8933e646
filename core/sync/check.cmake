# `check` on the monday side: column compatibility and the connection check.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ColumnCompatibility.h ${CMAKE_CURRENT_LIST_DIR}/ColumnCompatibility.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayConnectionReport.h
    ${CMAKE_CURRENT_LIST_DIR}/MondayConnectionCheck.h ${CMAKE_CURRENT_LIST_DIR}/MondayConnectionCheck.cpp
)

# The connection check behind `ml-connector-cli check` and the GUI's "Test connection".
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcConnectionReport.h ${CMAKE_CURRENT_LIST_DIR}/BcConnectionReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcConnectionCheck.h ${CMAKE_CURRENT_LIST_DIR}/BcConnectionCheck.cpp
)

# Column codecs: board columns and their labels, encoding BC values for each column type, and reading back
# what a board holds in the same comparable form.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnType.h ${CMAKE_CURRENT_LIST_DIR}/MondayColumnType.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumn.h ${CMAKE_CURRENT_LIST_DIR}/MondayColumn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnInput.h
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnError.h ${CMAKE_CURRENT_LIST_DIR}/MondayColumnError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnEncoding.h
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnNormalForm.h ${CMAKE_CURRENT_LIST_DIR}/MondayColumnNormalForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayColumnCodec.h ${CMAKE_CURRENT_LIST_DIR}/MondayColumnCodec.cpp
)

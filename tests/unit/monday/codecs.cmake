# Column codecs: board columns and their labels, and each column type's write shape, clearing and read-back.
mlc_add_test(NAME tst_monday_column LIBS mlc_core
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_column.h ${CMAKE_CURRENT_LIST_DIR}/tst_monday_column.cpp)
mlc_add_test(NAME tst_monday_column_codec LIBS mlc_core
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_column_codec.h ${CMAKE_CURRENT_LIST_DIR}/tst_monday_column_codec.cpp)

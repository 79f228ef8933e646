# Reading boards and the paced write queue, against the monday simulator over real HTTP on loopback.
mlc_add_test(NAME tst_monday_board_reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_board_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayLoopback.h LIBS mlc_sandbox Qt6::Network)
mlc_add_test(NAME tst_monday_write_queue SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_write_queue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayLoopback.h LIBS mlc_sandbox Qt6::Network)
# monday's limits in the simulator, seen through the connector's client.
mlc_add_test(NAME tst_monday_limits SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_limits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayLoopback.h LIBS mlc_sandbox Qt6::Network)
# The simulator's mutations, driven by the connector's codec and client.
mlc_add_test(NAME tst_monday_mutations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_mutations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MondayLoopback.h LIBS mlc_sandbox Qt6::Network)

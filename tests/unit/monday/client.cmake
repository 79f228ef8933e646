# The monday GraphQL client: the classification of monday's documented answers, and the client's requests
# over real HTTP on loopback.
mlc_add_test(NAME tst_monday_outcome SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_outcome.cpp LIBS mlc_core)
mlc_add_test(NAME tst_monday_client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_client.cpp
    LIBS mlc_core Qt6::HttpServer)

# The monday simulator: its GraphQL parser and validator, and the /v2 endpoint over real HTTP on loopback.
mlc_add_test(NAME tst_graphql_parser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graphql_parser.cpp LIBS mlc_sandbox)
mlc_add_test(NAME tst_monday_simulator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monday_simulator.cpp
    LIBS mlc_sandbox Qt6::Network)

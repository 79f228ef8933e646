# OData simulator tests
mlc_add_test(NAME tst_bc_api_simulator SOURCES tst_bc_api_simulator.cpp LIBS mlc_sandbox)
mlc_add_test(NAME tst_bc_odata_query SOURCES tst_bc_odata_query.cpp LIBS mlc_sandbox)

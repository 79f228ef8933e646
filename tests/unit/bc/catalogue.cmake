# The BC field catalogue and enum codec, checked against the spec and against the simulator's records.
mlc_add_test(NAME tst_bc_entity_catalogue SOURCES tst_bc_entity_catalogue.cpp LIBS mlc_sandbox)

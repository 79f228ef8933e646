# The BC client's parts that need no server: timestamps, Retry-After, backoff, the delta cursor.
mlc_add_test(NAME tst_bc_client_parts SOURCES tst_bc_client_parts.cpp LIBS mlc_core)

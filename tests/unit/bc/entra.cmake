# Entra token tests
mlc_add_test(NAME tst_entra_token SOURCES tst_entra_token.cpp LIBS mlc_core mlc_sandbox)

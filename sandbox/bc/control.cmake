# The BC simulator's control API over HTTP: target_sources(mlc_sandbox PRIVATE ...)
target_sources(mlc_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcControlApi.h ${CMAKE_CURRENT_LIST_DIR}/BcControlApi.cpp
)

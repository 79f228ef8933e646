# The BC simulator's control API over HTTP and the demo's live changes: target_sources(mlc_sandbox PRIVATE ...)
target_sources(mlc_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcControlApi.h ${CMAKE_CURRENT_LIST_DIR}/BcControlApi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcLiveChanges.h ${CMAKE_CURRENT_LIST_DIR}/BcLiveChanges.cpp
)

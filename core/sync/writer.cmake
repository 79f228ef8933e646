# The engine's write side: outbox rows to monday and back, settled.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutboxPayload.h ${CMAKE_CURRENT_LIST_DIR}/OutboxPayload.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BoardWriter.h ${CMAKE_CURRENT_LIST_DIR}/BoardWriter.cpp
)
# ... and its read side: delta passes planned and queued.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PollSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/SyncFailure.h ${CMAKE_CURRENT_LIST_DIR}/SyncFailure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PollState.h ${CMAKE_CURRENT_LIST_DIR}/PollState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MappingPoller.h ${CMAKE_CURRENT_LIST_DIR}/MappingPoller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BoardAdoption.h ${CMAKE_CURRENT_LIST_DIR}/BoardAdoption.cpp
)
# ... and one pass over every mapping, for `sync --once`.
target_sources(mlc_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SyncPass.h ${CMAKE_CURRENT_LIST_DIR}/SyncPass.cpp)
# ... and one dry pass of a mapping on its own thread, for the mapping editor.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MappingDryRun.h ${CMAKE_CURRENT_LIST_DIR}/MappingDryRun.cpp)
# ... and replay of what failed (`replay`).
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FailedWriteReplay.h ${CMAKE_CURRENT_LIST_DIR}/FailedWriteReplay.cpp)
# ... and the periodic id-only read that finds deletions.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecordRemoval.h ${CMAKE_CURRENT_LIST_DIR}/RecordRemoval.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeletionSweep.h ${CMAKE_CURRENT_LIST_DIR}/DeletionSweep.cpp)
# ... and `reconcile`: what people changed on the board, found so the next pass writes it back.
target_sources(mlc_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/DriftCheck.h ${CMAKE_CURRENT_LIST_DIR}/DriftCheck.cpp)
# ... and `run`: passes on each mapping's cadence until stopped.
target_sources(mlc_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SyncLoop.h ${CMAKE_CURRENT_LIST_DIR}/SyncLoop.cpp)
# ... and the engine on its own thread behind the controller the desktop application uses.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EngineStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/EngineClients.h ${CMAKE_CURRENT_LIST_DIR}/EngineClients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.h ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SyncController.h ${CMAKE_CURRENT_LIST_DIR}/SyncController.cpp)

# The engine's planner: what a BC record needs on its board.
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecordPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordPlanner.h ${CMAKE_CURRENT_LIST_DIR}/RecordPlanner.cpp
)

# The BC entity types and what the connector knows of their fields (core/bc is the bottom layer, so core/sync and
# everything above can name an entity without depending on the sync engine).
target_sources(mlc_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcEntity.h ${CMAKE_CURRENT_LIST_DIR}/BcEntity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcField.h
    ${CMAKE_CURRENT_LIST_DIR}/BcEntityInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/BcEntityCatalogue.h ${CMAKE_CURRENT_LIST_DIR}/BcEntityCatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcEnumCodec.h ${CMAKE_CURRENT_LIST_DIR}/BcEnumCodec.cpp
)

# BC API (companies, entities, OData) simulator sources: target_sources(mlc_sandbox PRIVATE ...)
target_sources(mlc_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BcApiResponses.h ${CMAKE_CURRENT_LIST_DIR}/BcApiResponses.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcApiSimulator.h ${CMAKE_CURRENT_LIST_DIR}/BcApiSimulator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcCollectionPager.h ${CMAKE_CURRENT_LIST_DIR}/BcCollectionPager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcDataSet.h ${CMAKE_CURRENT_LIST_DIR}/BcDataSet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcFaultInjector.h ${CMAKE_CURRENT_LIST_DIR}/BcFaultInjector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcODataQuery.h ${CMAKE_CURRENT_LIST_DIR}/BcODataQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcResourcePath.h ${CMAKE_CURRENT_LIST_DIR}/BcResourcePath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcSeedGenerator.h ${CMAKE_CURRENT_LIST_DIR}/BcSeedGenerator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcThrottle.h ${CMAKE_CURRENT_LIST_DIR}/BcThrottle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BcWebhookSimulator.h ${CMAKE_CURRENT_LIST_DIR}/BcWebhookSimulator.cpp
)
target_include_directories(mlc_sandbox PUBLIC ${CMAKE_CURRENT_LIST_DIR})

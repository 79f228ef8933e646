# Entra token endpoint simulator sources: target_sources(mlc_sandbox PRIVATE ...)
target_sources(mlc_sandbox PRIVATE
    EntraTokenSimulator.h EntraTokenSimulator.cpp
)

# Entra token endpoint simulator sources: target_sources(mlc_sandbox PRIVATE ...)

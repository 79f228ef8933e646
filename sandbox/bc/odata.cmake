# BC API (companies, entities, OData) simulator sources: target_sources(mlc_sandbox PRIVATE ...)

# OData simulator tests

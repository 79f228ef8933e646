# Entra token tests

"""The one document tree, building it from clauses, and the completeness checklist."""

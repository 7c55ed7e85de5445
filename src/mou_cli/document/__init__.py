"""A draft's content before any format: the document tree built from the answers and clauses,
the completeness checklist, the facts `mou check` reads, and how a draft carries its answers."""

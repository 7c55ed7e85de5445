"""Output formats shared by `mou check` and `mou clauses lint`: text, json, sarif, github."""

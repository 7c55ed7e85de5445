"""Findings: what a check or lint rule reports, the same shape for `mou check` and `mou clauses lint`."""

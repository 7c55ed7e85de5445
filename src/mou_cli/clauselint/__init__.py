"""`mou clauses lint`: check clause files before anyone drafts with them.

Checks come in three groups, each finding with a code (see ``codes.CODES`` and
docs/clause-authoring.md): metadata (CL1xx), templates read without rendering (CL2xx), and
rendering against the bundled examples and generated answers (CL3xx).
"""

from mou_cli.clauselint.codes import CODES, Finding
from mou_cli.clauselint.runner import LintResult, lint

__all__ = ["CODES", "Finding", "LintResult", "lint"]

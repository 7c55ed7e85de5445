"""`mou clauses lint`: check clause files before anyone drafts with them.

Checks come in three groups, each finding with a code (``codes.CODES``, explained by
``--explain`` and in docs/clause-authoring.md): metadata (CL1xx, ``schema``), templates read
without rendering (CL2xx, ``names``), and rendering against the bundled examples and generated
answers (CL3xx, ``samples``). ``runner.lint`` runs them all. Nothing is imported here, so the
codes can be listed without loading the linter.
"""

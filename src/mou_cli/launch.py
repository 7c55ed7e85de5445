"""The ``mou`` program's entry: process settings made before anything heavy is imported.

Kept apart from :mod:`mou_cli.cli` so that they apply to the imports themselves:

- the cyclic garbage collector runs far less often. A run allocates hundreds of thousands of
  objects that live until exit (modules, classes, templates, the document), and the default
  threshold of 700 makes the collector walk them again and again: about a sixth of a DOCX
  draft's time. Collection still happens, so the long interview and folder checks stay bounded.
- pydantic does not scan every installed package for plugins (``PYDANTIC_DISABLE_PLUGINS``,
  unless the user set it): ~10 ms with a hundred packages installed, more with more.
- Ctrl-C while Python is still importing ends quietly with 130, like Ctrl-C anywhere else.
"""

from __future__ import annotations

import gc
import os
import sys

GC_THRESHOLD = (50_000, 20, 20)


def main() -> None:
    """Console entry point (``mou``, ``python -m mou_cli``)."""
    gc.set_threshold(*GC_THRESHOLD)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        from mou_cli.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        os._exit(130)
    run()

"""One rule per module; imported lazily by ``registry.all_rules``."""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    """Import every rule module in this package (each registers itself)."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")

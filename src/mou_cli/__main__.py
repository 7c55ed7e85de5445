"""Allow ``python -m mou_cli``."""

from mou_cli.cli import main

main()

"""Allow ``python -m mou_cli``."""

from mou_cli.launch import main

main()

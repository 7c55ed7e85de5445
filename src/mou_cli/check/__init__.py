"""`mou check`: the rules (one per module in ``rules/``), their registry and configuration,
and running them over a ``Draft``. Reading files is the command's work
(``mou_cli.commands.check_files``)."""

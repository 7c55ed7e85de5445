"""One module per command: the work behind each `mou` subcommand."""

"""Reading and writing YAML in one place: limits, the libyaml fast path, line numbers, one dumper."""

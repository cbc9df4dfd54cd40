"""One module per screen of the workshop TUI."""

"""One module per widget of the workshop TUI."""

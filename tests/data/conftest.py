"""Everything under tests/data is fixture data read by tests, never tests itself.

The scenario plugin (simulator.testing.pytest_plugin) collects YAML files that declare
playthroughs; some fixtures here are broken or fail on purpose, so none is collected.
"""

collect_ignore_glob = ["*.yaml", "*.yml"]

"""Fixture scenarios for the testing package; some fail on purpose, so pytest must not collect
their playthroughs when it walks the test tree (tests copy them into tmp_path instead)."""

collect_ignore_glob = ["*.yaml"]

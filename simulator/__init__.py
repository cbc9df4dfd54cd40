"""cbm-ttx: a tabletop-exercise simulator for cyber-incident de-escalation between states."""

__version__ = "0.1.0"
ENGINE_VERSION = "1"

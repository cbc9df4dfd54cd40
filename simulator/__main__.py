"""`python -m simulator` runs the `ttx` command."""

from simulator.cli import main

if __name__ == "__main__":
    main()

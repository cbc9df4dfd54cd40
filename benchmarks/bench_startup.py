"""Start-up benchmark, run by hand: `python benchmarks/bench_startup.py [--runs N]`.

Measures, over several runs, what a facilitator waits for:

- `ttx --help`: wall time of the whole command (interpreter start included);
- `ttx` in an 80x24 pseudo-terminal: time from launch until the home screen is painted
  ("Reading the scenario library…"), and until the library is listed and usable (the
  "Recent sessions" panel appears once every scenario has been read and validated).

The app runs for real (no test hooks): the script reads what it writes to the terminal, then
quits it with ctrl+q twice. POSIX only (it needs a pseudo-terminal). The budget is 1.5 s to a
usable home screen; figures go into docs/tui.md, "Start-up time".
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

BUDGET_SECONDS = 1.5
PAINTED = b"Reading the scenario library"
USABLE = b"Recent sessions"
QUIT = b"\x11"  # ctrl+q: the first asks, the second quits at once
SIZE = (24, 80)


def ttx_command() -> list[str]:
    """The `ttx` of this interpreter's environment, or `python -m simulator`."""
    script = Path(sys.executable).with_name("ttx")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "simulator"]


def time_help(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--help"], check=True, capture_output=True)
    return time.perf_counter() - start


def spawn_in_terminal(command: Sequence[str], folder: Path) -> tuple[int, int]:
    """Start `command` on a fresh 80x24 pseudo-terminal; returns (pid, terminal fd)."""
    import fcntl
    import pty
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes ttx
        os.chdir(folder)
        os.environ["TERM"] = "xterm-256color"
        os.execv(command[0], list(command))
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", *SIZE, 0, 0))
    return pid, fd


def read_until(fd: int, markers: Sequence[bytes], start: float, limit: float) -> list[float]:
    """Seconds since `start` at which each marker first appeared in the terminal output."""
    seen: dict[bytes, float] = {}
    output = b""
    while len(seen) < len(markers) and time.perf_counter() - start < limit:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if not ready:
            continue
        try:
            output += os.read(fd, 1 << 16)
        except OSError:  # the app exited
            break
        now = time.perf_counter() - start
        for marker in markers:
            if marker not in seen and marker in output:
                seen[marker] = now
    missing = [m.decode() for m in markers if m not in seen]
    if missing:
        raise RuntimeError(f"the home screen never showed {missing} within {limit:.0f} s")
    return [seen[m] for m in markers]


def drain(fd: int) -> None:
    """Read what the app wrote so it never blocks on a full terminal while it exits."""
    ready, _, _ = select.select([fd], [], [], 0.05)
    if ready:
        with contextlib.suppress(OSError):  # the app has exited and closed the terminal
            os.read(fd, 1 << 16)


def quit_app(pid: int, fd: int) -> None:
    """ctrl+q twice, as a facilitator would; force it only if the app does not go."""
    for _ in range(2):
        os.write(fd, QUIT)
        time.sleep(0.2)
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        drain(fd)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def time_home(command: Sequence[str]) -> tuple[float, float]:
    """Seconds from launching `ttx` to the home screen painted, and to the library usable."""
    with tempfile.TemporaryDirectory() as folder:  # no journals: a first start
        start = time.perf_counter()
        pid, fd = spawn_in_terminal(command, Path(folder))
        try:
            painted, usable = read_until(fd, [PAINTED, USABLE], start, limit=30)
        finally:
            quit_app(pid, fd)
    return painted, usable


def summary(label: str, samples: Sequence[float]) -> str:
    return (
        f"{label:<28} median {statistics.median(samples):.3f} s   "
        f"min {min(samples):.3f} s   max {max(samples):.3f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each measurement")
    args = parser.parse_args()
    if not hasattr(os, "fork"):
        print("needs a POSIX pseudo-terminal (Linux, macOS)", file=sys.stderr)
        return 2
    command = ttx_command()
    time_help(command)  # a first run warms the file cache; it is not counted
    helps = [time_help(command) for _ in range(args.runs)]
    homes = [time_home(command) for _ in range(args.runs)]
    print(f"{' '.join(command)}: {args.runs} runs, 80x24 pseudo-terminal")
    print(summary("ttx --help", helps))
    print(summary("ttx: home screen painted", [painted for painted, _ in homes]))
    usable = [usable for _, usable in homes]
    print(summary("ttx: library listed (usable)", usable))
    verdict = "within" if max(usable) < BUDGET_SECONDS else "OVER"
    print(f"budget {BUDGET_SECONDS} s to a usable home screen: {verdict} (slowest run)")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    sys.exit(main())

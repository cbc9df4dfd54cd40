"""Engine benchmarks, run by hand: `python benchmarks/bench_engine.py [--repeat N]`.

For synthetic scenarios of 5, 35 (the OAS membership) and 193 (the UN membership) states it
prints the time to resolve one turn when every team simply waits (rules, scoring, injects),
the time of a turn where every team is a bot (bots decide, then resolution), a full 12-turn
bot game, and the peak memory of that game (tracemalloc). Figures go into
docs/escalation-model.md, "Performance".
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable

from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario
from simulator.testing.synthetic import synthetic_scenario

SIZES = (5, 35, 193)
TURNS = 12


def waiting_turn(loaded: LoadedScenario) -> float:
    """Seconds to resolve one turn in which every team submitted 'wait' (after turn 1)."""
    session = Session.start(loaded, seed=1, seats={s: "human" for s in loaded.state_ids})
    for team in loaded.state_ids:
        session.submit(team, [])
    session.resolve_turn()
    for team in loaded.state_ids:
        session.submit(team, [])
    start = time.perf_counter()
    session.resolve_turn()
    return time.perf_counter() - start


def bot_game(loaded: LoadedScenario) -> tuple[float, list[float]]:
    """Seconds for a full bot game, and the seconds of each of its turns."""
    session = Session.start(loaded, seed=1)
    turns: list[float] = []
    begin = time.perf_counter()
    while not session.over:
        start = time.perf_counter()
        session.resolve_turn()
        turns.append(time.perf_counter() - start)
    return time.perf_counter() - begin, turns


def peak_memory(run: Callable[[], object]) -> int:
    """Peak bytes allocated while `run` runs."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(states: int, repeat: int) -> dict[str, float]:
    loaded = synthetic_scenario(states, seed=1, turns=TURNS, early_end=False)
    waits = [waiting_turn(loaded) for _ in range(repeat)]
    games = [bot_game(loaded) for _ in range(repeat)]
    bot_turns = [t for _, turns in games for t in turns]
    return {
        "states": states,
        "dyads": states * (states - 1) // 2,
        "wait_ms": statistics.median(waits) * 1000,
        "bot_turn_ms": statistics.median(bot_turns) * 1000,
        "bot_turn_max_ms": max(bot_turns) * 1000,
        "game_s": statistics.median(g for g, _ in games),
        "peak_mb": peak_memory(lambda: bot_game(loaded)) / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    print(
        f"{'states':>6} {'dyads':>6} {'wait turn':>10} {'bot turn':>9} {'worst':>8} "
        f"{'12-turn game':>13} {'peak memory':>12}"
    )
    for states in args.sizes:
        m = measure(states, args.repeat)
        print(
            f"{m['states']:>6.0f} {m['dyads']:>6.0f} {m['wait_ms']:>8.1f}ms"
            f" {m['bot_turn_ms']:>7.1f}ms {m['bot_turn_max_ms']:>6.1f}ms"
            f" {m['game_s']:>12.2f}s {m['peak_mb']:>10.1f}MB"
        )


if __name__ == "__main__":
    main()

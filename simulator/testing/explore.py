"""`ttx explore`: many seeded games with random legal decisions and mixed bots.

Game i of a run with seed S plays scenario i mod (number of scenarios) with seed S + i, so any
game is replayed alone by `ttx explore THAT-SCENARIO --runs 1 --seed S+i`. A sample of games is
played twice to catch non-determinism. Games are spread over worker processes.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from multiprocessing import get_context
from pathlib import Path

from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.testing.explore_game import GamePlan, GameResult, play_game
from simulator.testing.runner import describe_error

RECHECK_EVERY = 20
"""Every 20th game is played a second time and must come out the same."""
CHUNK = 25
"""Games per task sent to a worker: large enough that process overhead stays small."""


@dataclass
class ScenarioFindings:
    """Everything the games of one scenario showed."""

    path: str
    loaded: LoadedScenario
    games: int = 0
    violations: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    dead_ends: Counter[str] = field(default_factory=Counter)
    fired: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    branches: Counter[str] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)

    @property
    def never_fired(self) -> list[str]:
        return [i.id for i in self.loaded.scenario.injects if self.fired[i.id] == 0]

    @property
    def never_met(self) -> list[str]:
        return [e.id for e in self.loaded.scenario.end_conditions if self.endings[e.id] == 0]

    @property
    def all_branches(self) -> list[str]:
        """Every branch a game could take: each inject's texts and each way to end."""
        out = []
        for inject in self.loaded.scenario.injects:
            if inject.variants:
                out.append(f"{inject.id}: main text")
                out += [f"{inject.id}: variant {k}" for k in range(1, len(inject.variants) + 1)]
        out += [f"ending: {e.id}" for e in self.loaded.scenario.end_conditions]
        return [*out, "ending: turns"]


@dataclass
class Exploration:
    seed: int
    runs: int
    workers: int
    scenarios: list[ScenarioFindings]

    @property
    def failed(self) -> bool:
        return any(f.violations or f.crashes for f in self.scenarios)


def plan_games(paths: Sequence[str], runs: int, seed: int) -> list[GamePlan]:
    return [GamePlan(paths[i % len(paths)], seed + i) for i in range(runs)]


@cache
def _loaded(path: str) -> LoadedScenario:
    return load_scenario(Path(path))


def _play_checked(plan: GamePlan, index: int) -> GameResult:
    """Play a game (twice for the sample) and turn crashes and differences into findings."""
    try:
        result = play_game(_loaded(plan.scenario), plan)
    except Exception as error:  # a crash is a finding about this game, not the end of the run
        return GameResult(plan.scenario, plan.seed, crash=describe_error(error))
    if index % RECHECK_EVERY == 0:
        again = play_game(_loaded(plan.scenario), plan)
        if again.trace != result.trace:
            turn = next(
                (
                    i + 1
                    for i, (a, b) in enumerate(zip(result.trace, again.trace, strict=False))
                    if a != b
                ),
                min(len(result.trace), len(again.trace)) + 1,
            )
            result.violations.append(f"a second play of the same seed differed from turn {turn}")
    result.trace = []  # only needed for the comparison above; keep results small
    return result


def _play_chunk(chunk: list[tuple[int, GamePlan]]) -> list[GameResult]:
    return [_play_checked(plan, index) for index, plan in chunk]


def explore(
    paths: Sequence[Path],
    runs: int,
    seed: int = 0,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Exploration:
    """Play `runs` games over `paths`; scenario problems raise ScenarioError before any game."""
    names = [str(p) for p in paths]
    findings = {name: ScenarioFindings(name, _loaded(name)) for name in names}
    plans = list(enumerate(plan_games(names, runs, seed)))
    chunks = [plans[i : i + CHUNK] for i in range(0, len(plans), CHUNK)]
    workers = workers or min(2, os.cpu_count() or 1)
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            _absorb(findings, _play_chunk(chunk), progress)
    else:
        # spawn: a clean interpreter per worker, the same on every platform
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            for batch in pool.map(_play_chunk, chunks):
                _absorb(findings, batch, progress)
    return Exploration(seed, runs, workers, list(findings.values()))


def _absorb(
    findings: dict[str, ScenarioFindings],
    batch: list[GameResult],
    progress: Callable[[int], None] | None,
) -> None:
    for game in batch:
        found = findings[game.scenario]
        found.games += 1
        where = f"seed {game.seed}"
        found.violations += [f"{where}: {v}" for v in game.violations]
        if game.crash:
            found.crashes.append(f"{where}: {game.crash}")
        found.dead_ends.update(f"{state} at turn {turn}" for turn, state in game.dead_ends)
        found.fired.update(game.fired)
        found.actions.update(game.actions)
        found.branches.update(game.branches)
        if game.ending:
            found.endings[game.ending] += 1
    if progress is not None:
        progress(len(batch))

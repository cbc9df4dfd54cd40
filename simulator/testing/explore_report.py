"""The text `ttx explore` prints: findings first, then coverage, per scenario."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.testing.explore import Exploration, ScenarioFindings

SHOWN = 10
"""Most examples listed per kind of finding; the rest are counted."""


def _listed(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return [f"  {title}: none"]
    lines = [f"  {title}: {len(items)}"]
    lines += [f"    {item}" for item in items[:SHOWN]]
    if len(items) > SHOWN:
        lines.append(f"    ... and {len(items) - SHOWN} more")
    return lines


def _share(done: int, total: int) -> str:
    return f"{done}/{total} ({100 * done / total:.0f} %)" if total else "0/0"


def scenario_report(found: ScenarioFindings) -> list[str]:
    sc = found.loaded.scenario
    actions = list(found.loaded.actions)
    branches = found.all_branches
    lines = [f"{found.path} ({sc.id}): {found.games} games"]
    lines += _listed("invariant violations", found.violations)
    lines += _listed("crashes", found.crashes)
    dead = [f"{where} ({n} games)" for where, n in sorted(found.dead_ends.items())]
    lines += _listed("dead ends (a team with no legal action)", dead)
    lines += _listed("injects never fired", found.never_fired)
    lines += _listed("end conditions never met", found.never_met)
    lines.append(
        "  coverage: injects "
        + _share(sum(1 for i in sc.injects if found.fired[i.id]), len(sc.injects))
        + ", actions "
        + _share(sum(1 for a in actions if found.actions[a]), len(actions))
        + ", branches "
        + _share(sum(1 for b in branches if found.branches[b]), len(branches))
    )
    untaken = [a for a in actions if not found.actions[a]]
    if untaken:
        lines.append(f"  actions never taken: {', '.join(untaken)}")
    missed = [b for b in branches if not found.branches[b]]
    if missed:
        lines.append(f"  branches never taken: {'; '.join(missed)}")
    endings = ", ".join(f"{e} {n}" for e, n in found.endings.most_common())
    lines.append(f"  endings: {endings or 'none'}")
    return lines


def exploration_report(result: Exploration, seconds: float) -> str:
    scenarios = len(result.scenarios)
    lines = [
        f"ttx explore: {result.runs} games over {scenarios} scenario(s), seed {result.seed} "
        f"(game i plays seed {result.seed}+i), {result.workers} worker(s), {seconds:.1f}s",
        "replay one game: ttx explore SCENARIO --runs 1 --seed SEED",
    ]
    for found in result.scenarios:
        lines += ["", *scenario_report(found)]
    verdict = "FAILED" if result.failed else "OK"
    lines += [
        "",
        f"{verdict}: {sum(len(f.violations) for f in result.scenarios)} invariant "
        f"violations, {sum(len(f.crashes) for f in result.scenarios)} crashes",
    ]
    return "\n".join(lines)

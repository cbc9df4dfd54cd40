"""Acceptance of issue 3 on the bundled scenario and under a real crash."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.bundled import default_scenario
from simulator.engine import Session
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.testing.synthetic import synthetic_data

SEEDS = range(20)


@pytest.fixture(scope="module")
def bundled() -> LoadedScenario:
    return load_scenario(default_scenario())


def peak_risk(loaded: LoadedScenario, policy: str, seed: int) -> float:
    session = Session.start(loaded, seed=seed, seats={s: policy for s in loaded.state_ids})
    while not session.over:
        session.resolve_turn()
    return max(r.risk for r in session.history)


@pytest.mark.parametrize("seed", SEEDS)
def test_on_the_bundled_scenario_doves_peak_lower_than_hawks(bundled: LoadedScenario, seed: int):
    assert peak_risk(bundled, "dove", seed) < peak_risk(bundled, "hawk", seed)


def resolves(journal: Path) -> int:
    if not journal.exists():
        return 0
    return journal.read_bytes().count(b'"type": "resolve"')


def test_killing_a_run_and_resuming_it_loses_nothing_and_ends_the_same(tmp_path: Path):
    scenario = tmp_path / "big.yaml"
    data = synthetic_data(35, seed=2, turns=16, early_end=False)
    scenario.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML
    ttx = [sys.executable, "-m", "simulator", "run", str(scenario), "--seed", "5"]
    killed = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([*ttx, "--journal", str(killed)], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while resolves(killed) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    recorded = resolves(killed)
    assert recorded >= 3

    session = Session.resume(killed)
    assert len(session.history) >= recorded
    while not session.over:
        session.resolve_turn()

    whole = tmp_path / "whole.jsonl"
    subprocess.run([*ttx, "--journal", str(whole)], check=True, stdout=subprocess.DEVNULL)
    assert killed.read_bytes() == whole.read_bytes()

"""The session's random source: draws keyed by what they decide, derived from the one seed.

A draw is a pure function of the session seed and a key naming the decision it settles
("deliver", turn, message id, channel id). Two consequences we want: replaying the same inputs
gives the same draws, and changing one team's decision does not reshuffle the luck of every
other team (so "what if we had waited?" compares like with like).
"""

from __future__ import annotations

import hashlib
import random


class SessionRng:
    """Keyed uniform draws in [0, 1) and per-key generators, all from one seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _digest(self, key: tuple[object, ...]) -> bytes:
        text = "|".join([str(self.seed), *(str(part) for part in key)])
        return hashlib.sha256(text.encode("utf-8")).digest()

    def uniform(self, *key: object) -> float:
        """A number in [0, 1) fixed by the seed and the key."""
        return int.from_bytes(self._digest(key)[:7], "big") / float(1 << 56)

    def chance(self, probability: float, *key: object) -> bool:
        """True with the given probability, fixed by the seed and the key."""
        return self.uniform(*key) < probability

    def generator(self, *key: object) -> random.Random:
        """A private generator for a bot's turn, seeded from the session seed and the key."""
        return random.Random(int.from_bytes(self._digest(key)[:8], "big"))

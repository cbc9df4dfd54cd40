"""pytest plugin (entry point `ttx_scenarios`): scenario playthroughs as test items.

Skeleton: collects nothing yet; the collector lands with the playthrough runner.
"""

from __future__ import annotations

"""Built-in data files: CBM catalogs, the default action library and scoring weights."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ruamel.yaml import YAML

from simulator.scenario.catalog_models import ActionLibrary, CbmCatalog
from simulator.scenario.weights import ScoringWeights

BUILTIN_CATALOG_FILES = {"oas": "oas.yaml", "osce": "osce.yaml", "un-norms": "un-norms.yaml"}


def _read(name: str) -> object:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


@cache
def builtin_catalog(catalog_id: str) -> CbmCatalog:
    """One built-in CBM catalog by id ('oas', 'osce', 'un-norms')."""
    return CbmCatalog.model_validate(_read(BUILTIN_CATALOG_FILES[catalog_id]))


@cache
def default_actions() -> ActionLibrary:
    """The default action library."""
    return ActionLibrary.model_validate(_read("actions.yaml"))


@cache
def default_weights() -> ScoringWeights:
    """The default scoring weights."""
    return ScoringWeights.model_validate(_read("weights.yaml"))

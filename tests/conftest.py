"""Shared fixtures: the repo's data, and copies of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gnbv.data import load_plan_data
from gnbv.settings import REPO_ROOT, load_config

DATA_DIR = REPO_ROOT / "data"


@pytest.fixture(scope="session")
def plan_data():
    return load_plan_data(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ to break in a test."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(scope="session")
def boundaries_path() -> Path:
    return load_config().boundaries


@pytest.fixture(autouse=True)
def _full_error_details_in_apptests():
    """.streamlit/config.toml hides error details (public mode), so an AppTest's exception would
    read "This app has encountered an error…"; in the tests we want the real message."""
    from streamlit import config

    config.set_option("client.showErrorDetails", "full")

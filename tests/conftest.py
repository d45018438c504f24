"""Shared fixtures: a real SQLite file in a temp folder, opened the way the app opens it."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from salon.db import close_database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "salon.db"


@pytest.fixture
def database(db_path):
    database = open_database(db_path)
    yield database
    close_database(database)


@pytest.fixture(autouse=True)
def nobody_signed_in():
    """Each test starts and ends with nobody signed in (the command line's rights), whatever it did."""
    from salon import access

    access.sign_out()
    yield
    access.sign_out()

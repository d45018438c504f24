"""The seam that scripts and tests open a salon's database through (SPEC); the code lives in `salon.store.db`."""
from salon.store.db import DB_ENV_VAR, close_database, default_database_path, open_database

__all__ = ["DB_ENV_VAR", "close_database", "default_database_path", "open_database"]

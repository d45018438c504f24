"""Finding clients: what the one search box at the counter does, as indexed SQL."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Database

from salon import access
from salon.clients.search_keys import query_terms
from salon.store.models import database_proxy

# Sortable columns of the client list and the SQL that orders them (ties broken by id).
SORT_COLUMNS = {
    "name": "c.name_pinyin",
    "phone": "c.phone",
    "birthday": "c.birth_month IS NULL, c.birth_month, c.birth_day",
    "skin_type": "c.skin_type",
    "therapist": "s.name IS NULL, s.name",
    "tags": "c.tags = '', c.tags",
    "created": "c.created_at",
}

_KEY_RANGE = "SELECT client_id FROM client_search_key WHERE key >= ? AND key < ?"
# Sorts after every string starting with the prefix (UTF-8 sorts by code point in SQLite).
_AFTER_PREFIX = "\U0010ffff"


@dataclass(frozen=True)
class ClientListRow:
    id: int
    name: str
    phone: str
    birthday_calendar: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    birth_leap_month: bool
    skin_type: str
    therapist_name: str
    tags: str
    archived: bool


def search_client_ids(
    text: str = "",
    *,
    include_archived: bool = False,
    order_by: str = "name",
    descending: bool = False,
    therapist_id: int | None = None,
    limit: int | None = None,
    database: Database | None = None,
) -> list[int]:
    """Ids of the clients matching every term typed (name, pinyin, initials, phone digits, tag); a signed-in
    therapist finds only her own clients."""
    therapist_id = therapist_id if therapist_id is not None else access.visible_client_filter()
    database = database or database_proxy
    where: list[str] = []
    params: list[object] = []
    if not include_archived:
        where.append("c.archived_at IS NULL")
    if therapist_id is not None:
        where.append("c.therapist_id = ?")
        params.append(therapist_id)
    for term in query_terms(text):
        where.append(f"c.id IN ({_KEY_RANGE})")
        params += [term, term + _AFTER_PREFIX]
    direction = "DESC" if descending else "ASC"
    order_sql = ", ".join(f"{part} {direction}" for part in SORT_COLUMNS[order_by].split(", "))
    join = "LEFT JOIN staff s ON s.id = c.therapist_id" if order_by == "therapist" else ""
    sql = (
        f"SELECT c.id FROM client c {join}"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order_sql}, c.id {direction}"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return [row[0] for row in database.execute_sql(sql, params)]


# A term with more search keys than this (about as many clients) is listed a page first, walking clients in name
# order with one probe each; a rarer one is found from the key index and sorted whole (~20 ms at most).
DENSE_TERM_KEYS = 9_000
FIRST_PAGE_SIZE = 200


def _is_dense(database: Database, term: str) -> bool:
    """Counting key rows up to the threshold costs ~1 ms; counting distinct clients would cost several."""
    return database.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM client_search_key WHERE key >= ? AND key < ? LIMIT ?)",
        (term, term + _AFTER_PREFIX, DENSE_TERM_KEYS + 1)).fetchone()[0] > DENSE_TERM_KEYS


def first_page_ids(
    text: str = "",
    *,
    include_archived: bool = False,
    order_by: str = "name",
    descending: bool = False,
    therapist_id: int | None = None,
    size: int | None = None,
    database: Database | None = None,
) -> list[int] | None:
    """The first `size` ids `search_client_ids` gives for the same arguments, found without finding them all:
    for the empty box and for terms thousands of clients match (one typed letter), where the whole list of ids
    takes 40-300 ms at 100,000 clients. None when the whole search is quick anyway (a rarer term, one
    therapist's clients) or has no index to walk (another sort order): then run `search_client_ids`.
    """
    if order_by != "name" or therapist_id is not None or access.visible_client_filter() is not None:
        return None
    database = database or database_proxy
    terms = query_terms(text)
    if not all(_is_dense(database, term) for term in terms):
        return None
    where: list[str] = [] if include_archived else ["c.archived_at IS NULL"]
    params: list[object] = []
    for term in terms:
        where.append("EXISTS (SELECT 1 FROM client_search_key k INDEXED BY client_search_key_by_client"
                     " WHERE k.client_id = c.id AND k.key >= ? AND k.key < ?)")
        params += [term, term + _AFTER_PREFIX]
    direction = "DESC" if descending else "ASC"
    index = "client_by_name" if include_archived else "client_active_by_name"
    sql = (f"SELECT c.id FROM client c INDEXED BY {index}" + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY c.name_pinyin {direction}, c.id {direction} LIMIT {int(size or FIRST_PAGE_SIZE)}")
    return [row[0] for row in database.execute_sql(sql, params)]


def fetch_client_rows(ids: Sequence[int], database: Database | None = None) -> dict[int, ClientListRow]:
    """The list columns of the given clients, by id (one query per 500 ids); a signed-in therapist's own only."""
    database = database or database_proxy
    own = access.visible_client_filter()
    rows: dict[int, ClientListRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = database.execute_sql(
            "SELECT c.id, c.name, c.phone, c.birthday_calendar, c.birth_year, c.birth_month, c.birth_day,"
            " c.birth_leap_month, c.skin_type, coalesce(s.name, ''), c.tags, c.archived_at IS NOT NULL"
            f" FROM client c LEFT JOIN staff s ON s.id = c.therapist_id WHERE c.id IN ({marks})"
            + (" AND c.therapist_id = ?" if own is not None else ""),
            chunk + ([own] if own is not None else []),
        )
        for record in cursor:
            row = ClientListRow(*record[:7], bool(record[7]), *record[8:11], bool(record[11]))
            rows[row.id] = row
    return rows


def search_clients(text: str, **options: object) -> list[ClientListRow]:
    """Matching clients with their list columns, in list order."""
    ids = search_client_ids(text, **options)  # type: ignore[arg-type]
    rows = fetch_client_rows(ids)
    return [rows[i] for i in ids if i in rows]


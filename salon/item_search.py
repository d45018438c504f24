"""Finding a service or product at the counter the way clients are found (F2): pinyin initials ('qj'), full
pinyin of every reading ('qingjie'), part of the name ('清洁') or the salon's short code; services before
products, the most used first. And, before anything is typed, what this client most likely has today.

A salon's menu holds tens or hundreds of items, so they are loaded once per visit dialog and matched in
Python; their keys are the same as a client's name keys (`salon.clients.search_keys`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from salon.clients.search_keys import name_keys, query_terms, sort_key
from salon.store.models import database_proxy
from salon.text import fold

# Popularity counts the visits of this many recent days: what is in fashion now, read through an index.
USAGE_WINDOW_DAYS = 180


@dataclass(frozen=True)
class CounterItem:
    kind: str  # 'service' or 'product'
    id: int
    name: str  # a product's brand and name
    price_fen: int
    code: str
    uses: int  # lines in the recent window

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.id


@lru_cache(maxsize=4096)
def _keys(name: str, code: str) -> frozenset[str]:
    keys = name_keys(name)
    if code:
        keys.add(fold(code))
    return frozenset(keys)


def counter_items(today: date | None = None) -> list[CounterItem]:
    """Every active service and product, services first, each kind most used first, then by name (pinyin)."""
    since = ((today or date.today()) - timedelta(days=USAGE_WINDOW_DAYS)).isoformat()
    uses: dict[tuple[str, int], int] = {}
    for kind, service_id, product_id, count in database_proxy.execute_sql(
            "SELECT vi.kind, vi.service_id, vi.product_id, count(*) FROM visit v"
            " JOIN visit_item vi ON vi.visit_id = v.id"
            " WHERE v.visited_at >= ? AND v.status = 'done' GROUP BY vi.kind, vi.service_id, vi.product_id",
            (since,)):
        uses[(kind, service_id if kind == "service" else product_id)] = count
    items = [CounterItem("service", row[0], row[1], row[2], row[3], uses.get(("service", row[0]), 0))
             for row in database_proxy.execute_sql(
                 "SELECT id, name, price_fen, code FROM service WHERE active = 1")]
    items += [CounterItem("product", row[0], " ".join(part for part in (row[1], row[2]) if part), row[3], row[4],
                          uses.get(("product", row[0]), 0))
              for row in database_proxy.execute_sql(
                  "SELECT id, brand, name, price_fen, code FROM product WHERE active = 1")]
    items.sort(key=lambda item: (item.kind != "service", -item.uses, sort_key(item.name), item.id))
    return items


def matches(item: CounterItem, text: str) -> bool:
    """Every typed term is the start of one of the item's keys (so also any part of its name)."""
    terms = query_terms(text)
    keys = _keys(item.name, item.code)
    return bool(terms) and all(any(key.startswith(term) for key in keys) for term in terms)


def find_items(items: list[CounterItem], text: str) -> list[CounterItem]:
    """The items that match, best first: the exact name or code, then in the order of `items`."""
    wanted = fold(text)
    found = [item for item in items if matches(item, text)]
    exact = [item for item in found if wanted in (fold(item.name), fold(item.code))]
    return exact + [item for item in found if item not in exact]


def likely_services(client_id: int, on: date) -> list[int]:
    """What she most likely has today, most likely first: a service her open card covers (the card to use
    first, as the visit dialog offers cards; among its services the one she had last time), else the services
    of her last visit."""
    last = [row[0] for row in database_proxy.execute_sql(
        "SELECT vi.service_id FROM visit_item vi WHERE vi.kind = 'service' AND vi.visit_id = ("
        " SELECT id FROM visit WHERE client_id = ? AND status = 'done' ORDER BY visited_at DESC, id DESC LIMIT 1)"
        " ORDER BY vi.position", (client_id,))]
    covered = [row[0] for row in database_proxy.execute_sql(
        "SELECT cps.service_id FROM client_package p JOIN client_package_service cps ON cps.package_id = p.id"
        " JOIN service s ON s.id = cps.service_id AND s.active = 1"
        " WHERE p.client_id = ? AND p.status = 'active' AND p.kind <> 'stored_value' AND p.starts_on <= ?"
        " AND (p.expires_on IS NULL OR p.expires_on >= ?) AND (p.sessions_left IS NULL OR p.sessions_left > 0)"
        " ORDER BY p.expires_on IS NULL, p.expires_on, p.sessions_left IS NULL, p.id, s.name",
        (client_id, on.isoformat(), on.isoformat()))]
    had_last = [service for service in covered if service in last]
    active = {row[0] for row in database_proxy.execute_sql("SELECT id FROM service WHERE active = 1")}
    ordered = [*had_last[:1], *covered, *(service for service in last if service in active)]
    return list(dict.fromkeys(ordered))

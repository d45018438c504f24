"""What the screens read of a client's packages: each card with what is left, and its ledger line by line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salon import access
from salon.dates import as_date, as_datetime
from salon.packages.ledger import get_package
from salon.store.models import ClientPackage, database_proxy


@dataclass(frozen=True)
class PackageView:
    id: int
    client_id: int
    name: str
    kind: str
    status: str
    sold_at: datetime
    starts_on: date
    expires_on: date | None
    sessions_left: int | None  # None: unlimited (period card) or not a session card
    sessions_granted: int
    principal_fen: int
    bonus_fen: int
    paid_fen: int
    service_names: list[str]
    sold_expires_on: date | None  # the last day as sold; expires_on is later after an extension

    @property
    def balance_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


def paid_per_session(package_id: int, as_of: datetime) -> tuple[int, int] | None:
    """(money paid, sessions granted) by the card's sales and top-ups up to `as_of`, bonus sessions included;
    None for a card without a count (stored value, an unlimited period card): it has no price per session.

    Up to a moment, so that a session used before a top-up keeps the price it was paid at when the visit is
    priced again later.
    """
    paid, granted = database_proxy.execute_sql(
        "SELECT coalesce(sum(paid_fen), 0), coalesce(sum(sessions_delta), 0) FROM package_ledger"
        " WHERE package_id = ? AND kind IN ('sale', 'top_up') AND created_at <= ?",
        (package_id, as_of.isoformat(sep=" "))).fetchone()
    return (paid, granted) if granted > 0 else None


def client_packages(client_id: int, *, include_closed: bool = True) -> list[PackageView]:
    """Every package of the client, open ones first, newest first."""
    access.require_visible(client_id)
    query = ClientPackage.select().where(ClientPackage.client == client_id)
    if not include_closed:
        query = query.where(ClientPackage.status == "active")
    packages = list(query)
    if not packages:
        return []
    ids = [p.id for p in packages]
    sums = {row[0]: (row[1], row[2]) for row in database_proxy.execute_sql(
        f"SELECT package_id, sum(paid_fen), sum(sessions_delta) FROM package_ledger WHERE package_id IN "
        f"({','.join('?' * len(ids))}) AND kind IN ('sale', 'top_up') GROUP BY package_id", ids)}
    names: dict[int, list[str]] = {}
    for package_id, name in database_proxy.execute_sql(
            f"SELECT cps.package_id, s.name FROM client_package_service cps JOIN service s ON s.id = cps.service_id "
            f"WHERE cps.package_id IN ({','.join('?' * len(ids))}) ORDER BY s.name", ids):
        names.setdefault(package_id, []).append(name)
    views = [
        PackageView(p.id, p.client_id, p.name, p.kind, p.status, as_datetime(p.sold_at), as_date(p.starts_on),
                    as_date(p.expires_on) if p.expires_on else None, p.sessions_left, sums.get(p.id, (0, 0))[1],
                    p.principal_fen, p.bonus_fen, sums.get(p.id, (0, 0))[0], names.get(p.id, []),
                    as_date(p.sold_expires_on) if p.sold_expires_on else None)
        for p in packages
    ]
    views.sort(key=lambda v: (v.status != "active", -v.sold_at.timestamp(), -v.id))
    return views


@dataclass(frozen=True)
class LedgerLine:
    id: int
    kind: str
    created_at: datetime
    sessions_delta: int
    principal_delta_fen: int
    bonus_delta_fen: int
    paid_fen: int
    visit_id: int | None
    staff_name: str
    reason: str
    sessions_after: int | None
    balance_after_fen: int
    reverses_id: int | None  # a void gives back a use; an adjustment that reactivates gives back an expiry


def package_ledger(package_id: int) -> list[LedgerLine]:
    """The package's ledger, oldest first, with what was left after each line."""
    package = get_package(package_id)
    access.require_visible(package.client_id)
    lines: list[LedgerLine] = []
    sessions: int | None = None
    balance = 0
    rows = database_proxy.execute_sql(
        "SELECT l.id, l.kind, l.created_at, l.sessions_delta, l.principal_delta_fen, l.bonus_delta_fen, l.paid_fen,"
        " l.visit_id, coalesce(s.name, ''), l.reason, l.reverses_id"
        " FROM package_ledger l LEFT JOIN staff s ON s.id = l.staff_id"
        " WHERE l.package_id = ? ORDER BY l.id", (package_id,))
    for row in rows:
        if row[3] or sessions is not None:
            sessions = (sessions or 0) + row[3]
        balance += row[4] + row[5]
        lines.append(LedgerLine(row[0], row[1], as_datetime(row[2]), row[3], row[4], row[5], row[6], row[7],
                                row[8], row[9], sessions if package.kind != "stored_value" else None, balance,
                                row[10]))
    return lines

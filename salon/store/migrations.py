"""Numbered schema migrations.

Each step is a list of SQL statements applied in one transaction and recorded in `schema_migration`,
so a salon's existing database file upgrades in place when a newer version opens it. Steps are
history: never edit a released step, add a new one.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from peewee import Database

from salon.store.upgrade_backup import copy_before_upgrade
from salon.words import fill, translate

_BIRTHDAY_COLUMNS = """
    birthday_calendar TEXT NOT NULL DEFAULT '' CHECK (birthday_calendar IN ('', 'solar', 'lunar')),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    birth_month INTEGER CHECK (birth_month IS NULL OR birth_month BETWEEN 1 AND 12),
    birth_day INTEGER CHECK (birth_day IS NULL OR birth_day BETWEEN 1 AND 31),
    birth_leap_month INTEGER NOT NULL DEFAULT 0 CHECK (birth_leap_month IN (0, 1))
"""
# Table constraints must follow every column in SQLite.
_BIRTHDAY_CHECK = """
    CHECK ((birthday_calendar = '' AND birth_month IS NULL AND birth_day IS NULL)
        OR (birthday_calendar <> '' AND birth_month IS NOT NULL AND birth_day IS NOT NULL))
"""


def _followup_key_parts(key: str) -> str:
    """(item id, day) out of a follow-up's reminder key 'followup:<item>:<day>', in SQL."""
    rest = f"substr({key}, 10)"
    return (f"CAST(substr({rest}, 1, instr({rest}, ':') - 1) AS INTEGER),"
            f" CAST(substr({rest}, instr({rest}, ':') + 1) AS INTEGER)")


# The lapse level (the end of 'lapse:<client>:<last visit>:<level>') done or dismissed since her last visit, the
# latest if several; evaluated on a client_visit_stats row.
LAPSE_CLOSED_SQL = (
    "(SELECT substr(r.key, length('lapse:' || client_visit_stats.client_id || ':' || client_visit_stats.last_on"
    " || ':') + 1) FROM reminder_state r"
    " WHERE r.key > 'lapse:' || client_visit_stats.client_id || ':' || client_visit_stats.last_on || ':'"
    " AND r.key < 'lapse:' || client_visit_stats.client_id || ':' || client_visit_stats.last_on || ';'"
    " AND r.status IN ('done', 'dismissed') ORDER BY r.updated_at DESC, r.key DESC LIMIT 1)")


def _payment_client(row: str) -> str:
    """The client a payment row (NEW or OLD) came from, in SQL: the visit's, else the card's."""
    return (f"CASE WHEN {row}.visit_id IS NOT NULL THEN (SELECT client_id FROM visit WHERE id = {row}.visit_id)"
            f" ELSE (SELECT c.client_id FROM package_ledger l JOIN client_package c ON c.id = l.package_id"
            f" WHERE l.id = {row}.ledger_id) END")


def _add_spend(month: str, client: str, amount: str, when: str) -> str:
    return (f"INSERT INTO client_month_spend (month, client_id, amount_fen) SELECT {month}, {client}, {amount}"
            f" WHERE {when} ON CONFLICT (month, client_id)"
            " DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen;")


_TWELVE = "json_each('[0,1,2,3,4,5,6,7,8,9,10,11]')"


def _frequency_class(visits: str) -> str:
    return f"CASE WHEN {visits} = 1 THEN 'one_time' WHEN {visits} >= 6 THEN 'regular' ELSE 'occasional' END"


def _add_class(month: str, visits: str, sign: str) -> str:
    return (f"INSERT INTO visit_class_month (month, class, clients) VALUES ({month}, {_frequency_class(visits)},"
            f" {sign}) ON CONFLICT (month, class) DO UPDATE SET clients = clients + excluded.clients;")


def _rebook(month: str, staff: str, flag: str, source: str, sign: str) -> str:
    """Count (or take back) a done visit's therapists in her month's rebooking sums, in SQL."""
    return (f"INSERT INTO rebook_month (month, staff_id, base, rebooked) SELECT {month}, {staff}, {sign},"
            f" {sign} * {flag} FROM {source} ON CONFLICT (month, staff_id)"
            " DO UPDATE SET base = base + excluded.base, rebooked = rebooked + excluded.rebooked;")


_SEQUENCE_REBOOK_NEW = _rebook("substr(NEW.visited_at, 1, 7)", "t.staff_id", "NEW.rebooked",
                               "visit_therapist t WHERE t.visit_id = NEW.visit_id", "1")
_SEQUENCE_REBOOK_OLD = _rebook("substr(OLD.visited_at, 1, 7)", "t.staff_id", "OLD.rebooked",
                               "visit_therapist t WHERE t.visit_id = OLD.visit_id", "-1")
_THERAPIST_REBOOK_NEW = _rebook("substr(s.visited_at, 1, 7)", "NEW.staff_id", "s.rebooked",
                                "visit_sequence s WHERE s.visit_id = NEW.visit_id", "1")
_THERAPIST_REBOOK_OLD = _rebook("substr(s.visited_at, 1, 7)", "OLD.staff_id", "s.rebooked",
                                "visit_sequence s WHERE s.visit_id = OLD.visit_id", "-1")


# A done visit's place among her done visits: the moments of the one before and the one after (visits at the
# same moment are one step), in SQL over `visit` rows `v`.
VISIT_SEQUENCE_SQL = (
    "SELECT v.id, v.client_id, v.visited_at,"
    " max(v.visited_at) OVER (PARTITION BY v.client_id ORDER BY v.visited_at GROUPS BETWEEN 1 PRECEDING"
    "  AND 1 PRECEDING) AS prev_at,"
    " min(v.visited_at) OVER (PARTITION BY v.client_id ORDER BY v.visited_at GROUPS BETWEEN 1 FOLLOWING"
    "  AND 1 FOLLOWING) AS next_at,"
    " row_number() OVER (PARTITION BY v.client_id, v.visited_at ORDER BY v.id) = 1 AS lead"
    " FROM visit v WHERE v.status = 'done'")


def visit_sequence_insert(visits: str, default_days: int) -> str:
    """INSERT INTO visit_sequence for the done visits `visits` selects (a WHERE on `v`): rebooked when her next
    visit came within her usual interval (client_visit_stats), else `default_days`, as salon.reports.review
    counted it with a probe per visit."""
    return ("INSERT INTO visit_sequence (visit_id, client_id, visited_at, prev_at, next_at, lead, rebooked)"
            " SELECT q.id, q.client_id, q.visited_at, q.prev_at, q.next_at, q.lead,"
            " coalesce(q.next_at <= datetime(q.visited_at, '+' || coalesce(s.usual_days, "
            f"{int(default_days)}) || ' days'), 0) FROM ({VISIT_SEQUENCE_SQL} {visits}) q"
            " LEFT JOIN client_visit_stats s ON s.client_id = q.client_id")


def _payment_kind(row: str) -> str:
    """Where a payment row (NEW or OLD) came from, in SQL: 'visit', else its ledger line's kind."""
    return (f"CASE WHEN {row}.visit_id IS NOT NULL THEN 'visit'"
            f" ELSE (SELECT kind FROM package_ledger WHERE id = {row}.ledger_id) END")


def _add_payment(row: str, sign: str) -> str:
    return ("INSERT INTO payment_month (month, kind, method, amount_fen)"
            f" VALUES (substr({row}.paid_at, 1, 7), {_payment_kind(row)}, {row}.method, {sign}{row}.amount_fen)"
            " ON CONFLICT (month, kind, method) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen;")


_ROLL_SUMMED = ("opening_fen", "closing_fen", "opening_bonus_fen", "closing_bonus_fen", "opening_sessions",
                "closing_sessions", "m_sold", "m_topped_up", "m_consumed", "m_refunded", "m_expired", "m_other",
                "m_rounding", "b_sold", "b_topped_up", "b_consumed", "b_refunded", "b_expired", "b_other",
                "b_rounding", "s_sold", "s_topped_up", "s_consumed", "s_refunded", "s_expired", "s_other",
                "s_rounding")


def _add_roll(row: str, sign: str) -> str:
    """Add (or take back) a card's roll in its month's totals, in SQL."""
    columns = ", ".join(_ROLL_SUMMED)
    values = ", ".join(f"{sign}coalesce({row}.{column}, 0)" for column in _ROLL_SUMMED)
    owing = (f"{sign}({row}.closing_fen <> 0 OR {row}.closing_bonus_fen <> 0"
             f" OR coalesce({row}.closing_sessions, 0) <> 0)")
    updates = ", ".join(f"{column} = {column} + excluded.{column}" for column in (*_ROLL_SUMMED, "outstanding"))
    return (f"INSERT INTO card_roll_total (month, {columns}, outstanding) VALUES ({row}.month, {values}, {owing})"
            f" ON CONFLICT (month) DO UPDATE SET {updates};")


def _add_therapist(row: str, clients: str, visits: str) -> str:
    return ("INSERT INTO therapist_month (month, therapist_key, clients, visits)"
            f" VALUES ({row}.month, {row}.therapist_key, {clients}, {visits}) ON CONFLICT (month, therapist_key)"
            " DO UPDATE SET clients = clients + excluded.clients, visits = visits + excluded.visits;")


_FROM_START = "''"  # a card's kept rolls stale in every month


def _roll_stale(card: str, month: str) -> str:
    """Mark a card's kept rolls stale from `month` on, in SQL."""
    return (f"INSERT INTO card_roll_stale (package_id, from_month) VALUES ({card}, {month})"
            " ON CONFLICT (package_id) DO UPDATE SET from_month = min(from_month, excluded.from_month);")


MIGRATIONS: Sequence[tuple[int, str, Sequence[str]]] = (
    (1, "client files, therapists and search keys", (
        """CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT 'therapist'
                CHECK (role IN ('therapist', 'front_desk', 'manager', 'owner')),
            phone TEXT NOT NULL DEFAULT '',
            specialties TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            commission_rate_bp INTEGER NOT NULL DEFAULT 0
                CHECK (commission_rate_bp BETWEEN 0 AND 10000),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE client (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_pinyin TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'F', 'M')),
            phone TEXT NOT NULL DEFAULT '',
            phone2 TEXT NOT NULL DEFAULT '',
            wechat TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_COLUMNS},
            address TEXT NOT NULL DEFAULT '',
            community TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '',
            skin_type TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            contraindications TEXT NOT NULL DEFAULT '',
            pref_pressure TEXT NOT NULL DEFAULT '',
            pref_room_temperature TEXT NOT NULL DEFAULT '',
            pref_drink TEXT NOT NULL DEFAULT '',
            pref_music TEXT NOT NULL DEFAULT '',
            pref_conversation TEXT NOT NULL DEFAULT '' CHECK (pref_conversation IN ('', 'chatty', 'quiet')),
            preferred_therapist_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            contact_channel TEXT NOT NULL DEFAULT '',
            contact_best_time TEXT NOT NULL DEFAULT '',
            do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
            goals TEXT NOT NULL DEFAULT '',
            referral_source TEXT NOT NULL DEFAULT '',
            referred_by_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
            therapist_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
            archived_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            {_BIRTHDAY_CHECK}
        )""",
        "CREATE INDEX client_active_by_name ON client (name_pinyin) WHERE archived_at IS NULL",
        "CREATE INDEX client_by_name ON client (name_pinyin)",
        "CREATE INDEX client_phone ON client (phone) WHERE phone <> ''",
        "CREATE INDEX client_phone2 ON client (phone2) WHERE phone2 <> ''",
        "CREATE INDEX client_therapist ON client (therapist_id)",
        """CREATE TABLE client_skin_concern (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            concern TEXT NOT NULL CHECK (length(trim(concern)) > 0),
            state TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX client_skin_concern_client ON client_skin_concern (client_id)",
        f"""CREATE TABLE family_member (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            relation TEXT NOT NULL DEFAULT 'other'
                CHECK (relation IN ('spouse', 'child', 'parent', 'sibling', 'other')),
            name TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_COLUMNS},
            notes TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_CHECK}
        )""",
        "CREATE INDEX family_member_client ON family_member (client_id)",
        """CREATE TABLE client_event (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('wedding', 'childbirth', 'anniversary', 'illness', 'bereavement', 'other')),
            event_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX client_event_client ON client_event (client_id)",
        """CREATE TABLE therapist_assignment (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            therapist_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            CHECK (ended_at IS NULL OR ended_at >= started_at)
        )""",
        "CREATE INDEX therapist_assignment_client ON therapist_assignment (client_id, started_at)",
        "CREATE INDEX therapist_assignment_therapist ON therapist_assignment (therapist_id)",
        # One row per search key (name suffixes, pinyin initials and full pinyin for every reading,
        # phone suffixes, tags): a prefix range on `key` finds clients without scanning the table.
        """CREATE TABLE client_search_key (
            key TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            PRIMARY KEY (key, client_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX client_search_key_client ON client_search_key (client_id)",
    )),
    (2, "catalogue, client packages with their ledger, visits and payments", (
        """CREATE TABLE service (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            category TEXT NOT NULL DEFAULT '',
            price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
            duration_min INTEGER NOT NULL DEFAULT 60 CHECK (duration_min BETWEEN 0 AND 1440),
            followup_days TEXT NOT NULL DEFAULT '',
            commission_rate_bp INTEGER CHECK (commission_rate_bp IS NULL OR commission_rate_bp BETWEEN 0 AND 10000),
            commission_fen INTEGER CHECK (commission_fen IS NULL OR commission_fen >= 0),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (commission_rate_bp IS NULL OR commission_fen IS NULL)
        )""",
        """CREATE TABLE product (
            id INTEGER PRIMARY KEY,
            brand TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT '',
            price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        # A plan is what the salon sells; a client_package is one client's copy of it, with the
        # terms frozen at the sale so that later plan changes never rewrite what a client bought.
        """CREATE TABLE package_plan (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('count', 'period', 'stored_value')),
            price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
            sessions INTEGER CHECK (sessions IS NULL OR sessions > 0),
            bonus_sessions INTEGER NOT NULL DEFAULT 0 CHECK (bonus_sessions >= 0),
            bonus_fen INTEGER NOT NULL DEFAULT 0 CHECK (bonus_fen >= 0),
            validity_days INTEGER CHECK (validity_days IS NULL OR validity_days > 0),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (kind <> 'count' OR sessions IS NOT NULL),
            CHECK (kind <> 'period' OR validity_days IS NOT NULL),
            CHECK (kind = 'stored_value' OR bonus_fen = 0),
            CHECK (kind <> 'stored_value' OR (sessions IS NULL AND bonus_sessions = 0))
        )""",
        """CREATE TABLE package_plan_service (
            plan_id INTEGER NOT NULL REFERENCES package_plan(id) ON DELETE CASCADE,
            service_id INTEGER NOT NULL REFERENCES service(id),
            PRIMARY KEY (plan_id, service_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id),
            visited_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'void')),
            total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
            skin_condition TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
            complaint INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1)),
            request_token TEXT UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT '',
            CHECK ((status = 'void') = (voided_at IS NOT NULL))
        )""",
        "CREATE INDEX visit_client ON visit (client_id, visited_at)",
        "CREATE INDEX visit_time ON visit (visited_at)",
        # The history list and the month's figures leave voided visits out: a date range on this index
        # needs no visit row to check the status (history_ids at 500,000 visits: 8 ms -> 3 ms a month).
        "CREATE INDEX visit_done_time ON visit (visited_at) WHERE status = 'done'",
        """CREATE TABLE client_package (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id),
            plan_id INTEGER REFERENCES package_plan(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('count', 'period', 'stored_value')),
            sold_at TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            expires_on TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'used_up', 'expired', 'refunded')),
            -- Running totals kept by the triggers below from package_ledger, never written directly.
            sessions_left INTEGER CHECK (sessions_left IS NULL OR sessions_left >= 0),
            principal_fen INTEGER NOT NULL DEFAULT 0 CHECK (principal_fen >= 0),
            bonus_fen INTEGER NOT NULL DEFAULT 0 CHECK (bonus_fen >= 0),
            sold_by_id INTEGER REFERENCES staff(id),
            notes TEXT NOT NULL DEFAULT '',
            CHECK (expires_on IS NULL OR expires_on >= starts_on)
        )""",
        "CREATE INDEX client_package_client ON client_package (client_id, status)",
        """CREATE TABLE client_package_service (
            package_id INTEGER NOT NULL REFERENCES client_package(id) ON DELETE CASCADE,
            service_id INTEGER NOT NULL REFERENCES service(id),
            PRIMARY KEY (package_id, service_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE package_ledger (
            id INTEGER PRIMARY KEY,
            package_id INTEGER NOT NULL REFERENCES client_package(id),
            kind TEXT NOT NULL
                CHECK (kind IN ('sale', 'use', 'top_up', 'refund', 'adjustment', 'expiry', 'void')),
            sessions_delta INTEGER NOT NULL DEFAULT 0,
            principal_delta_fen INTEGER NOT NULL DEFAULT 0,
            bonus_delta_fen INTEGER NOT NULL DEFAULT 0,
            -- Money that changed hands with this line: paid for a sale or top-up (> 0), paid back on a refund (< 0).
            paid_fen INTEGER NOT NULL DEFAULT 0,
            visit_id INTEGER REFERENCES visit(id),
            reverses_id INTEGER REFERENCES package_ledger(id),
            staff_id INTEGER REFERENCES staff(id),
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (kind <> 'adjustment' OR length(trim(reason)) > 0),
            CHECK (kind NOT IN ('sale', 'top_up') OR paid_fen >= 0),
            CHECK (kind <> 'refund' OR paid_fen <= 0),
            CHECK (kind IN ('sale', 'top_up', 'refund') OR paid_fen = 0)
        )""",
        "CREATE INDEX package_ledger_package ON package_ledger (package_id, id)",
        # A line can be given back once: a second reversal of the same use is refused by the schema too.
        "CREATE UNIQUE INDEX package_ledger_reverses ON package_ledger (reverses_id) WHERE reverses_id IS NOT NULL",
        "CREATE INDEX package_ledger_visit ON package_ledger (visit_id) WHERE visit_id IS NOT NULL",
        "CREATE INDEX package_ledger_time ON package_ledger (created_at)",
        # The ledger is the truth: its lines are only ever added, and every line moves the package's
        # running totals in the same statement, so the CHECKs above refuse anything that would go negative.
        """CREATE TRIGGER package_ledger_apply AFTER INSERT ON package_ledger BEGIN
            UPDATE client_package SET
                sessions_left = CASE WHEN sessions_left IS NULL AND NEW.sessions_delta = 0 THEN NULL
                                     ELSE coalesce(sessions_left, 0) + NEW.sessions_delta END,
                principal_fen = principal_fen + NEW.principal_delta_fen,
                bonus_fen = bonus_fen + NEW.bonus_delta_fen
            WHERE id = NEW.package_id;
        END""",
        # INSERT OR REPLACE would otherwise swap a line without firing the delete trigger.
        """CREATE TRIGGER package_ledger_no_replace BEFORE INSERT ON package_ledger
            WHEN EXISTS (SELECT 1 FROM package_ledger WHERE id = NEW.id) BEGIN
            SELECT RAISE(ABORT, 'package ledger lines cannot be replaced');
        END""",
        """CREATE TRIGGER package_ledger_no_update BEFORE UPDATE ON package_ledger BEGIN
            SELECT RAISE(ABORT, 'package ledger lines cannot be changed');
        END""",
        """CREATE TRIGGER package_ledger_no_delete BEFORE DELETE ON package_ledger BEGIN
            SELECT RAISE(ABORT, 'package ledger lines cannot be deleted');
        END""",
        """CREATE TRIGGER client_package_starts_empty BEFORE INSERT ON client_package
            WHEN NEW.principal_fen <> 0 OR NEW.bonus_fen <> 0 OR coalesce(NEW.sessions_left, 0) <> 0 BEGIN
            SELECT RAISE(ABORT, 'package totals move only through the ledger');
        END""",
        """CREATE TRIGGER client_package_totals_follow_ledger
            BEFORE UPDATE OF sessions_left, principal_fen, bonus_fen ON client_package
            -- Once a card has a session count (count cards, capped period cards) it can never become unlimited.
            WHEN (OLD.sessions_left IS NOT NULL AND NEW.sessions_left IS NULL)
              OR coalesce(NEW.sessions_left, 0) <> (SELECT coalesce(sum(sessions_delta), 0) FROM package_ledger
                                                    WHERE package_id = NEW.id)
              OR NEW.principal_fen <> (SELECT coalesce(sum(principal_delta_fen), 0) FROM package_ledger
                                       WHERE package_id = NEW.id)
              OR NEW.bonus_fen <> (SELECT coalesce(sum(bonus_delta_fen), 0) FROM package_ledger
                                   WHERE package_id = NEW.id) BEGIN
            SELECT RAISE(ABORT, 'package totals move only through the ledger');
        END""",
        """CREATE TABLE visit_item (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('service', 'product')),
            service_id INTEGER REFERENCES service(id),
            product_id INTEGER REFERENCES product(id),
            name TEXT NOT NULL,
            quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
            unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
            discount_fen INTEGER NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            therapist_id INTEGER REFERENCES staff(id),
            package_id INTEGER REFERENCES client_package(id),
            commission_fen INTEGER NOT NULL DEFAULT 0 CHECK (commission_fen >= 0),
            commission_basis TEXT NOT NULL DEFAULT '',
            followup_days TEXT NOT NULL DEFAULT '',
            CHECK ((kind = 'service') = (service_id IS NOT NULL)),
            CHECK ((kind = 'product') = (product_id IS NOT NULL)),
            CHECK (amount_fen = quantity * unit_price_fen - discount_fen),
            CHECK (package_id IS NULL OR kind = 'service')
        )""",
        "CREATE INDEX visit_item_visit ON visit_item (visit_id, position)",
        "CREATE INDEX visit_item_service ON visit_item (service_id, visit_id)",
        "CREATE INDEX visit_item_therapist ON visit_item (therapist_id, visit_id)",
        "CREATE INDEX visit_item_package ON visit_item (package_id) WHERE package_id IS NOT NULL",
        # Card deductions per visit without reading the lines (history footer, its 卡扣 column and filter).
        "CREATE INDEX visit_item_deduction ON visit_item (visit_id, package_id, quantity) WHERE package_id IS NOT NULL",
        """CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER REFERENCES visit(id),
            ledger_id INTEGER REFERENCES package_ledger(id),
            method TEXT NOT NULL
                CHECK (method IN ('cash', 'wechat', 'alipay', 'card', 'stored_value', 'other')),
            amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
            package_id INTEGER REFERENCES client_package(id),
            reverses_id INTEGER REFERENCES payment(id),
            paid_at TEXT NOT NULL,
            CHECK ((visit_id IS NULL) <> (ledger_id IS NULL)),
            CHECK ((method = 'stored_value') = (package_id IS NOT NULL)),
            -- Negative only when giving money back: reversing a payment, or paying out a package refund.
            CHECK (amount_fen > 0 OR reverses_id IS NOT NULL OR ledger_id IS NOT NULL)
        )""",
        # Covers the sums per method of a set of visits (history footer, reports) without reading payment rows.
        "CREATE INDEX payment_visit ON payment (visit_id, method, amount_fen) WHERE visit_id IS NOT NULL",
        "CREATE INDEX payment_ledger ON payment (ledger_id) WHERE ledger_id IS NOT NULL",
        "CREATE UNIQUE INDEX payment_reverses ON payment (reverses_id) WHERE reverses_id IS NOT NULL",
        "CREATE INDEX payment_time ON payment (paid_at, method)",
        """CREATE TABLE visit_therapist (
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            PRIMARY KEY (visit_id, staff_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX visit_therapist_staff ON visit_therapist (staff_id, visit_id)",
        # Every correction or void keeps what the visit was before, as JSON, with who, when and why.
        """CREATE TABLE visit_revision (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('edit', 'void')),
            reason TEXT NOT NULL DEFAULT '',
            staff_id INTEGER REFERENCES staff(id),
            before_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX visit_revision_visit ON visit_revision (visit_id, id)",
        # A recorded visit is voided, never deleted: deleting would take its lines and audit trail with it.
        """CREATE TRIGGER visit_no_delete BEFORE DELETE ON visit
            WHEN EXISTS (SELECT 1 FROM visit_item WHERE visit_id = OLD.id)
              OR EXISTS (SELECT 1 FROM visit_revision WHERE visit_id = OLD.id) BEGIN
            SELECT RAISE(ABORT, 'a recorded visit is voided, not deleted');
        END""",
    )),
    (3, "the term a package was sold with, apart from later extensions", (
        # 延期/激活 moves expires_on; what the client paid for stays here, so a period card's refund counts
        # the days she paid for and never the days given on top.
        "ALTER TABLE client_package ADD COLUMN sold_expires_on TEXT",
        "UPDATE client_package SET sold_expires_on = expires_on",
        # Every way of inserting a package (the domain, the demo's bulk writer, benchmarks) gets it right.
        """CREATE TRIGGER client_package_sold_term AFTER INSERT ON client_package
            WHEN NEW.sold_expires_on IS NULL AND NEW.expires_on IS NOT NULL BEGIN
            UPDATE client_package SET sold_expires_on = NEW.expires_on WHERE id = NEW.id;
        END""",
        """CREATE TRIGGER client_package_sold_term_fixed BEFORE UPDATE OF sold_expires_on ON client_package
            WHEN OLD.sold_expires_on IS NOT NULL AND NEW.sold_expires_on IS NOT OLD.sold_expires_on BEGIN
            SELECT RAISE(ABORT, 'the term a package was sold with does not change');
        END""",
    )),
    (4, "short codes for services and products; the salon's own settings", (
        # A code the salon gives an item ('QJ', '101') finds it at the counter as fast as its pinyin.
        "ALTER TABLE service ADD COLUMN code TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE product ADD COLUMN code TEXT NOT NULL DEFAULT ''",
        # Settings that belong to the salon, not to one computer (receipt header, commission policy,
        # amount ceilings): every till on the same file must agree. Declared in salon.settings.
        """CREATE TABLE salon_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID""",
    )),
    (5, "search keys by client and key, for the first page of a search thousands of clients match", (
        # 'Does this client have a key starting with z?' becomes one probe, so the list can walk clients in
        # name order and stop after a page (salon.clients.search.first_page_ids).
        "CREATE INDEX client_search_key_by_client ON client_search_key (client_id, key)",
        "DROP INDEX client_search_key_client",
    )),
    (6, "reminders: what was done about each occasion, contacts, gifts and complaints", (
        # One row per occasion the front desk acted on (a birthday of a year, a follow-up of a visit line, a
        # lapse since a last visit): done, snoozed to a date, or dismissed; the list never offers it again.
        """CREATE TABLE reminder_state (
            key TEXT PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('done', 'snoozed', 'dismissed')),
            snoozed_until TEXT,
            staff_id INTEGER REFERENCES staff(id),
            updated_at TEXT NOT NULL,
            CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
        ) WITHOUT ROWID""",
        "CREATE INDEX reminder_state_client ON reminder_state (client_id)",
        # Every call, message or visit-back the salon made: the client's history shows them.
        """CREATE TABLE contact (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            contacted_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'phone', 'wechat', 'sms', 'in_person')),
            note TEXT NOT NULL DEFAULT '',
            reminder_key TEXT,
            skin_reaction TEXT NOT NULL DEFAULT '',
            satisfied INTEGER CHECK (satisfied IS NULL OR satisfied IN (0, 1)),
            next_booked INTEGER NOT NULL DEFAULT 0 CHECK (next_booked IN (0, 1)),
            staff_id INTEGER REFERENCES staff(id)
        )""",
        "CREATE INDEX contact_client ON contact (client_id, contacted_at)",
        """CREATE TABLE gift (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            given_on TEXT NOT NULL,
            gift TEXT NOT NULL CHECK (gift <> ''),
            occasion TEXT NOT NULL DEFAULT '',
            cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
            staff_id INTEGER REFERENCES staff(id),
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX gift_client ON gift (client_id, given_on)",
        """CREATE TABLE complaint (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            visit_id INTEGER REFERENCES visit(id),
            received_on TEXT NOT NULL,
            what TEXT NOT NULL CHECK (what <> ''),
            resolution TEXT NOT NULL DEFAULT '',
            resolved_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
            staff_id INTEGER REFERENCES staff(id),
            CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
        )""",
        "CREATE INDEX complaint_open ON complaint (status, received_on)",
    )),
    (7, "each client's visits that count, in order, from an index", (
        # Her last visit and her rhythm for the lapse warnings (salon.reminders.lapsing) without reading the
        # visit rows.
        "CREATE INDEX visit_client_done ON visit (client_id, visited_at) WHERE status = 'done'",
    )),
    (8, "what the reminder list reads by date instead of by scanning", (
        # Birthdays by (calendar, month, day): a week's candidates are a handful of index ranges.
        "CREATE INDEX client_birthday ON client (birthday_calendar, birth_month, birth_day)"
        " WHERE birthday_calendar <> ''",
        "CREATE INDEX family_member_birthday ON family_member (birthday_calendar, birth_month, birth_day)"
        " WHERE birthday_calendar <> ''",
        # A card's last use, kept on the card as the ledger is written.
        "ALTER TABLE client_package ADD COLUMN last_used_at TEXT",
        "UPDATE client_package SET last_used_at = (SELECT max(created_at) FROM package_ledger l"
        " WHERE l.package_id = client_package.id AND l.kind = 'use')",
        """CREATE TRIGGER package_ledger_last_use AFTER INSERT ON package_ledger WHEN NEW.kind = 'use' BEGIN
            UPDATE client_package SET last_used_at = NEW.created_at
            WHERE id = NEW.package_id AND (last_used_at IS NULL OR last_used_at < NEW.created_at);
        END""",
        # Every follow-up call a treatment line asks for, with its date: filled by a trigger from the line's
        # follow-up days, so the list reads a date range instead of expanding every recent line. The few
        # distinct '1,7' strings are expanded once into followup_pattern (trying 365 numbers on every line
        # would cost 0.2 ms a line).
        "CREATE TABLE followup_number (n INTEGER PRIMARY KEY)",
        "WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 365)"
        " INSERT INTO followup_number SELECT n FROM numbers",
        """CREATE TABLE followup_pattern (
            days TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (days, n)
        ) WITHOUT ROWID""",
        "INSERT INTO followup_pattern SELECT s.days, f.n FROM"
        " (SELECT DISTINCT followup_days AS days FROM visit_item WHERE followup_days <> '') s"
        " JOIN followup_number f ON instr(',' || s.days || ',', ',' || f.n || ',') > 0",
        """CREATE TABLE followup_call (
            item_id INTEGER NOT NULL REFERENCES visit_item(id) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            due_on TEXT NOT NULL,
            PRIMARY KEY (item_id, day)
        ) WITHOUT ROWID""",
        "INSERT INTO followup_call SELECT i.id, p.n, date(v.visited_at, '+' || p.n || ' days')"
        " FROM visit_item i JOIN followup_pattern p ON p.days = i.followup_days JOIN visit v ON v.id = i.visit_id",
        "CREATE INDEX followup_call_due ON followup_call (due_on)",
        """CREATE TRIGGER visit_item_followups AFTER INSERT ON visit_item WHEN NEW.followup_days <> '' BEGIN
            INSERT INTO followup_pattern SELECT NEW.followup_days, f.n FROM followup_number f
            WHERE NOT EXISTS (SELECT 1 FROM followup_pattern WHERE days = NEW.followup_days)
              AND instr(',' || NEW.followup_days || ',', ',' || f.n || ',') > 0;
            INSERT INTO followup_call SELECT NEW.id, p.n,
                date((SELECT visited_at FROM visit WHERE id = NEW.visit_id), '+' || p.n || ' days')
            FROM followup_pattern p WHERE p.days = NEW.followup_days;
        END""",
        # A visit moved to another day (a correction) moves its calls.
        """CREATE TRIGGER visit_moves_followups AFTER UPDATE OF visited_at ON visit BEGIN
            UPDATE followup_call SET due_on = date(NEW.visited_at, '+' || day || ' days')
            WHERE item_id IN (SELECT id FROM visit_item WHERE visit_id = NEW.id);
        END""",
        # Each client's visits in brief (how many, the last, her usual interval) for the lapse warnings. A
        # median is no trigger's work: a written visit marks its client stale, and salon.reminders.lapsing
        # brings the stale ones up to date before it reads.
        """CREATE TABLE client_visit_stats (
            client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
            visits INTEGER NOT NULL,
            last_on TEXT NOT NULL,
            usual_days INTEGER
        )""",
        "CREATE TABLE client_visit_stale (client_id INTEGER PRIMARY KEY)",
        "INSERT INTO client_visit_stale SELECT DISTINCT client_id FROM visit",
        """CREATE TRIGGER visit_stats_new AFTER INSERT ON visit BEGIN
            INSERT OR IGNORE INTO client_visit_stale (client_id) VALUES (NEW.client_id);
        END""",
        """CREATE TRIGGER visit_stats_changed AFTER UPDATE OF status, visited_at, client_id ON visit BEGIN
            INSERT OR IGNORE INTO client_visit_stale (client_id) VALUES (NEW.client_id);
            INSERT OR IGNORE INTO client_visit_stale (client_id) VALUES (OLD.client_id);
        END""",
    )),
    (9, "the reminder list reads only what is still open", (
        # A follow-up call done or set aside is marked on the call itself (by triggers on reminder_state, which
        # stays the one record of what the front desk did), so the list reads the open calls of its dates from
        # a partial index instead of probing every call of the month.
        "ALTER TABLE followup_call ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))",
        f"UPDATE followup_call SET closed = 1 WHERE (item_id, day) IN (SELECT {_followup_key_parts('key')}"
        " FROM reminder_state WHERE key >= 'followup:' AND key < 'followup;' AND status IN ('done', 'dismissed'))",
        # Each call also names its client, and a voided visit takes its calls with it: the list then reads the
        # open calls of its dates from the index alone, without visiting the line and the visit of each.
        "ALTER TABLE followup_call ADD COLUMN client_id INTEGER",  # a copy of its visit's, kept by the triggers below
        "DELETE FROM followup_call WHERE item_id IN (SELECT i.id FROM visit_item i JOIN visit v ON v.id = i.visit_id"
        " WHERE v.status = 'void')",
        "UPDATE followup_call SET client_id = (SELECT v.client_id FROM visit_item i JOIN visit v ON v.id = i.visit_id"
        " WHERE i.id = followup_call.item_id)",
        "CREATE INDEX followup_call_open ON followup_call (due_on, client_id) WHERE closed = 0",
        "DROP TRIGGER visit_item_followups",
        """CREATE TRIGGER visit_item_followups AFTER INSERT ON visit_item WHEN NEW.followup_days <> '' BEGIN
            INSERT INTO followup_pattern SELECT NEW.followup_days, f.n FROM followup_number f
            WHERE NOT EXISTS (SELECT 1 FROM followup_pattern WHERE days = NEW.followup_days)
              AND instr(',' || NEW.followup_days || ',', ',' || f.n || ',') > 0;
            INSERT INTO followup_call (item_id, day, due_on, client_id) SELECT NEW.id, p.n,
                date(v.visited_at, '+' || p.n || ' days'), v.client_id
            FROM followup_pattern p JOIN visit v ON v.id = NEW.visit_id WHERE p.days = NEW.followup_days;
        END""",
        """CREATE TRIGGER visit_void_drops_followups AFTER UPDATE OF status ON visit WHEN NEW.status = 'void' BEGIN
            DELETE FROM followup_call WHERE item_id IN (SELECT id FROM visit_item WHERE visit_id = NEW.id);
        END""",
        """CREATE TRIGGER visit_moves_followups_to_client AFTER UPDATE OF client_id ON visit BEGIN
            UPDATE followup_call SET client_id = NEW.client_id
            WHERE item_id IN (SELECT id FROM visit_item WHERE visit_id = NEW.id);
        END""",
        *(f"""CREATE TRIGGER reminder_state_followup_{event} AFTER {event} ON reminder_state
            WHEN {row}.key LIKE 'followup:%' BEGIN
            UPDATE followup_call SET closed = {closed}
            WHERE (item_id, day) = (SELECT {_followup_key_parts(row + '.key')});
        END""" for event, row, closed in (("insert", "NEW", "NEW.status IN ('done', 'dismissed')"),
                                          ("update", "NEW", "NEW.status IN ('done', 'dismissed')"),
                                          ("delete", "OLD", "0"))),
        # Likewise the lapse level called about (or set aside) since her last visit, on her visit summary: the
        # list then skips the tens of thousands of long-gone clients already dealt with without a probe each.
        "ALTER TABLE client_visit_stats ADD COLUMN lapse_closed TEXT",
        # Her last visit as a day number (Python's date.toordinal), so that days since are integer arithmetic
        # rather than two julianday() calls for each level tested on each of 100,000 rows.
        "ALTER TABLE client_visit_stats ADD COLUMN last_day INTEGER",
        "UPDATE client_visit_stats SET last_day = CAST(julianday(last_on) - 1721424.5 AS INTEGER)",
        f"UPDATE client_visit_stats SET lapse_closed = {LAPSE_CLOSED_SQL}",
        *(f"""CREATE TRIGGER reminder_state_lapse_{event} AFTER {event} ON reminder_state
            WHEN NEW.key LIKE 'lapse:%' BEGIN
            UPDATE client_visit_stats SET lapse_closed = {LAPSE_CLOSED_SQL} WHERE client_id = NEW.client_id;
        END""" for event in ("insert", "update")),
        """CREATE TRIGGER reminder_state_lapse_delete AFTER DELETE ON reminder_state WHEN OLD.key LIKE 'lapse:%' BEGIN
            UPDATE client_visit_stats SET lapse_closed = NULL WHERE client_id = OLD.client_id;
        END""",
        # Her summary by band of days since her last visit (salon.reminders.lapsing reads each band from one).
        "CREATE INDEX client_visit_stats_long ON client_visit_stats (last_day)"
        " WHERE lapse_closed IS NOT 'long_dormant'",
        "CREATE INDEX client_visit_stats_dormant ON client_visit_stats (last_day) WHERE lapse_closed IS NOT 'dormant'",
        "CREATE INDEX client_visit_stats_rhythm ON client_visit_stats (last_day + usual_days)"
        " WHERE visits >= 3 AND usual_days IS NOT NULL",
        "CREATE INDEX client_visit_stats_first ON client_visit_stats (last_day)"
        " WHERE visits = 1 AND lapse_closed IS NOT 'first_visit'",
        "CREATE INDEX client_visit_stats_few ON client_visit_stats (last_day) WHERE visits < 3",
        # The few visits that need a next-day call (a complaint, low satisfaction), by date.
        "CREATE INDEX visit_unhappy ON visit (visited_at)"
        " WHERE status = 'done' AND (complaint = 1 OR satisfaction <= 2)",
        # Snoozed occasions, read whole by every list.
        "CREATE INDEX reminder_state_snoozed ON reminder_state (snoozed_until) WHERE status = 'snoozed'",
        # The cards worth a call, each reason from its own small partial index.
        "CREATE INDEX client_package_used_up ON client_package (last_used_at) WHERE status = 'used_up'",
        "CREATE INDEX client_package_expiring ON client_package (expires_on) WHERE status = 'active'",
        "CREATE INDEX client_package_idle ON client_package (substr(coalesce(last_used_at, sold_at), 1, 10))"
        " WHERE status = 'active'",
        "CREATE INDEX client_package_sessions ON client_package (sessions_left)"
        " WHERE status = 'active' AND kind <> 'stored_value'",
        "CREATE INDEX client_package_balance ON client_package (principal_fen + bonus_fen)"
        " WHERE status = 'active' AND kind = 'stored_value'",
        # Whom the list may contact for what, and her therapist, without reading her whole row (the columns come
        # last in it): salon.reminders.items.client_join.
        "CREATE INDEX client_contact_facts ON client (id, therapist_id, archived_at, do_not_contact,"
        " marketing_consent)",
        # Events by date (a care call) and by day of the year (an anniversary).
        "CREATE INDEX client_event_date ON client_event (event_date)",
        "CREATE INDEX client_event_day ON client_event (substr(event_date, 6, 5))",
    )),
    (10, "what the monthly review reads", (
        # A card's price per session at a moment: its sales and top-ups up to then, from the index alone
        # (salon.reports.consumption values every card line of a month this way, as commission does).
        "CREATE INDEX package_ledger_paid ON package_ledger (package_id, created_at, paid_fen, sessions_delta)"
        " WHERE kind IN ('sale', 'top_up')",
    )),
    (11, "who came in a period, from an index", (
        # Visit classes (one-time, occasional, regular; new, returning, lapsed) count clients by date.
        "CREATE INDEX visit_done_day_client ON visit (visited_at, client_id) WHERE status = 'done'",
    )),
    (12, "each client's money per month, kept as payments are written", (
        # The review's spend per client (this month, the year to date) from a small table instead of every
        # payment of the year joined to its visit or card. Money drawn from a stored-value card is not new money
        # and does not count. Kept exact under any change to the payment rows (the integrity check edits them).
        """CREATE TABLE client_month_spend (
            month TEXT NOT NULL,
            client_id INTEGER NOT NULL,
            amount_fen INTEGER NOT NULL,
            PRIMARY KEY (month, client_id)
        ) WITHOUT ROWID""",
        "INSERT INTO client_month_spend (month, client_id, amount_fen)"
        f" SELECT substr(paid_at, 1, 7), {_payment_client('payment')}, sum(amount_fen) FROM payment"
        " WHERE method <> 'stored_value' GROUP BY 1, 2",
        f"""CREATE TRIGGER payment_spend_insert AFTER INSERT ON payment BEGIN
            {_add_spend("substr(NEW.paid_at, 1, 7)", _payment_client("NEW"), "NEW.amount_fen",
                        "NEW.method <> 'stored_value'")}
        END""",
        f"""CREATE TRIGGER payment_spend_delete AFTER DELETE ON payment BEGIN
            {_add_spend("substr(OLD.paid_at, 1, 7)", _payment_client("OLD"), "-OLD.amount_fen",
                        "OLD.method <> 'stored_value'")}
        END""",
        f"""CREATE TRIGGER payment_spend_update AFTER UPDATE ON payment BEGIN
            {_add_spend("substr(OLD.paid_at, 1, 7)", _payment_client("OLD"), "-OLD.amount_fen",
                        "OLD.method <> 'stored_value'")}
            {_add_spend("substr(NEW.paid_at, 1, 7)", _payment_client("NEW"), "NEW.amount_fen",
                        "NEW.method <> 'stored_value'")}
        END""",
        """CREATE TRIGGER visit_moves_spend AFTER UPDATE OF client_id ON visit WHEN NEW.client_id <> OLD.client_id
        BEGIN
            INSERT INTO client_month_spend (month, client_id, amount_fen)
            SELECT substr(paid_at, 1, 7), client, sum(amount) FROM (
                SELECT paid_at, OLD.client_id AS client, -amount_fen AS amount FROM payment
                WHERE visit_id = NEW.id AND method <> 'stored_value'
                UNION ALL SELECT paid_at, NEW.client_id, amount_fen FROM payment
                WHERE visit_id = NEW.id AND method <> 'stored_value') WHERE true GROUP BY 1, 2
            ON CONFLICT (month, client_id) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen;
        END""",
    )),
    (13, "staff PINs and the audit log", (
        # A PIN is kept only as a salted scrypt hash (salon.access); repeated failures lock the member out a while.
        """CREATE TABLE staff_pin (
            staff_id INTEGER PRIMARY KEY REFERENCES staff(id) ON DELETE CASCADE,
            pin_hash TEXT NOT NULL,
            salt TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
            locked_until TEXT,
            updated_at TEXT NOT NULL
        )""",
        # Who changed what and when: money, cards, visits, deletions, exports, settings, roles. Append-only: the
        # app offers no way to edit it, and the schema refuses edits made around the app.
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff(id),
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX audit_log_at ON audit_log (at)",
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
        " SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
        " SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",
    )),
    (14, "the client's separate consent to her skin and health notes", (
        # PIPL art. 29: sensitive personal information (allergies, contraindications, skin concerns) needs its own
        # consent; when and by whom it was recorded. Files from before stay as they are until next edited.
        """CREATE TABLE client_consent (
            client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
            sensitive_at TEXT NOT NULL,
            sensitive_by_id INTEGER REFERENCES staff(id)
        )""",
    )),
    (15, "each visit line's value kept, and its sums per month", (
        # What each line of a done visit earned and how it was paid (salon.reports.consumption computes it), kept
        # instead of valued again on every review: valued again only for the visits marked stale below.
        """CREATE TABLE line_value (
            item_id INTEGER PRIMARY KEY REFERENCES visit_item(id) ON DELETE CASCADE,
            visit_id INTEGER NOT NULL,
            client_id INTEGER NOT NULL,
            visited_at TEXT NOT NULL,
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            item_key INTEGER NOT NULL,
            therapist_key INTEGER NOT NULL,
            quantity INTEGER NOT NULL,
            consumed_fen INTEGER NOT NULL,
            prepaid_fen INTEGER NOT NULL,
            counter_fen INTEGER NOT NULL,
            stored_fen INTEGER NOT NULL,
            bonus_fen INTEGER NOT NULL,
            card_value_fen INTEGER,
            commission_fen INTEGER NOT NULL
        )""",
        "CREATE INDEX line_value_visit ON line_value (visit_id)",
        "CREATE INDEX line_value_time ON line_value (visited_at)",
        # The sums the monthly review reads (therapist_key 0: a line without a therapist).
        """CREATE TABLE consumption_month (
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            item_key INTEGER NOT NULL,
            therapist_key INTEGER NOT NULL,
            lines INTEGER NOT NULL,
            quantity INTEGER NOT NULL,
            consumed_fen INTEGER NOT NULL,
            prepaid_fen INTEGER NOT NULL,
            counter_fen INTEGER NOT NULL,
            bonus_fen INTEGER NOT NULL,
            commission_fen INTEGER NOT NULL,
            PRIMARY KEY (month, kind, item_key, therapist_key)
        ) WITHOUT ROWID""",
        """CREATE TRIGGER line_value_sums_insert AFTER INSERT ON line_value BEGIN
            INSERT INTO consumption_month VALUES (NEW.month, NEW.kind, NEW.item_key, NEW.therapist_key, 1,
                NEW.quantity, NEW.consumed_fen, NEW.prepaid_fen, NEW.counter_fen, NEW.bonus_fen, NEW.commission_fen)
            ON CONFLICT (month, kind, item_key, therapist_key) DO UPDATE SET lines = lines + 1,
                quantity = quantity + excluded.quantity, consumed_fen = consumed_fen + excluded.consumed_fen,
                prepaid_fen = prepaid_fen + excluded.prepaid_fen, counter_fen = counter_fen + excluded.counter_fen,
                bonus_fen = bonus_fen + excluded.bonus_fen, commission_fen = commission_fen + excluded.commission_fen;
        END""",
        """CREATE TRIGGER line_value_sums_delete AFTER DELETE ON line_value BEGIN
            UPDATE consumption_month SET lines = lines - 1, quantity = quantity - OLD.quantity,
                consumed_fen = consumed_fen - OLD.consumed_fen, prepaid_fen = prepaid_fen - OLD.prepaid_fen,
                counter_fen = counter_fen - OLD.counter_fen, bonus_fen = bonus_fen - OLD.bonus_fen,
                commission_fen = commission_fen - OLD.commission_fen
            WHERE month = OLD.month AND kind = OLD.kind AND item_key = OLD.item_key
                AND therapist_key = OLD.therapist_key;
            DELETE FROM consumption_month WHERE month = OLD.month AND kind = OLD.kind AND item_key = OLD.item_key
                AND therapist_key = OLD.therapist_key AND lines = 0;
        END""",
        # Visits whose lines must be valued again: what changes a line's value marks its visit.
        "CREATE TABLE line_value_stale (visit_id INTEGER PRIMARY KEY)",
        "CREATE TRIGGER visit_lines_stale_insert AFTER INSERT ON visit BEGIN"
        " INSERT OR IGNORE INTO line_value_stale VALUES (NEW.id); END",
        "CREATE TRIGGER visit_lines_stale_update AFTER UPDATE OF status, visited_at, client_id ON visit BEGIN"
        " INSERT OR IGNORE INTO line_value_stale VALUES (NEW.id); END",
        "CREATE TRIGGER item_lines_stale_insert AFTER INSERT ON visit_item BEGIN"
        " INSERT OR IGNORE INTO line_value_stale VALUES (NEW.visit_id); END",
        "CREATE TRIGGER item_lines_stale_update AFTER UPDATE ON visit_item BEGIN"
        " INSERT OR IGNORE INTO line_value_stale VALUES (NEW.visit_id);"
        " INSERT OR IGNORE INTO line_value_stale VALUES (OLD.visit_id); END",
        "CREATE TRIGGER item_lines_stale_delete AFTER DELETE ON visit_item BEGIN"
        " INSERT OR IGNORE INTO line_value_stale VALUES (OLD.visit_id); END",
        # Stored value spent on a visit, and a card's price per session (its sales and top-ups up to each use).
        "CREATE TRIGGER ledger_lines_stale_insert AFTER INSERT ON package_ledger BEGIN"
        " INSERT OR IGNORE INTO line_value_stale SELECT NEW.visit_id WHERE NEW.visit_id IS NOT NULL;"
        " INSERT OR IGNORE INTO line_value_stale SELECT i.visit_id FROM visit_item i JOIN visit v ON v.id = i.visit_id"
        "  WHERE NEW.kind IN ('sale', 'top_up') AND i.package_id = NEW.package_id AND v.visited_at >= NEW.created_at;"
        " END",
        "CREATE TRIGGER ledger_lines_stale_update AFTER UPDATE ON package_ledger BEGIN"
        " INSERT OR IGNORE INTO line_value_stale SELECT NEW.visit_id WHERE NEW.visit_id IS NOT NULL;"
        " INSERT OR IGNORE INTO line_value_stale SELECT OLD.visit_id WHERE OLD.visit_id IS NOT NULL;"
        " INSERT OR IGNORE INTO line_value_stale SELECT i.visit_id FROM visit_item i WHERE i.package_id IN"
        "  (NEW.package_id, OLD.package_id); END",
        "CREATE TRIGGER ledger_lines_stale_delete AFTER DELETE ON package_ledger BEGIN"
        " INSERT OR IGNORE INTO line_value_stale SELECT OLD.visit_id WHERE OLD.visit_id IS NOT NULL;"
        " INSERT OR IGNORE INTO line_value_stale SELECT i.visit_id FROM visit_item i WHERE i.package_id ="
        "  OLD.package_id; END",
        # Every visit so far, valued when the review or the workbook first needs them.
        "INSERT INTO line_value_stale SELECT id FROM visit",
    )),
    (16, "visits per client in each twelve months, each visit's neighbours, therapists' monthly figures", (
        # Visit classes (salon.reports.review): a client's done visits in the twelve months ending with each month
        # (a row per client and month while she has any), rewritten per client with visit_sequence below (a
        # trigger per visit cost bulk loads a quarter of a millisecond a visit), and how many clients of each
        # frequency class that makes per month (kept by triggers on the first).
        """CREATE TABLE client_year_visits (
            month TEXT NOT NULL,
            client_id INTEGER NOT NULL,
            visits INTEGER NOT NULL,
            PRIMARY KEY (month, client_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE visit_class_month (
            month TEXT NOT NULL,
            class TEXT NOT NULL,
            clients INTEGER NOT NULL,
            PRIMARY KEY (month, class)
        ) WITHOUT ROWID""",
        "INSERT INTO client_year_visits (month, client_id, visits)"
        " SELECT strftime('%Y-%m', m || '-01', '+' || n.value || ' months'), client_id, sum(c) FROM ("
        "  SELECT client_id, substr(visited_at, 1, 7) AS m, count(*) AS c FROM visit WHERE status = 'done'"
        f"  GROUP BY 1, 2) CROSS JOIN {_TWELVE} n GROUP BY 1, 2",
        "CREATE INDEX client_year_visits_client ON client_year_visits (client_id)",
        "INSERT INTO visit_class_month (month, class, clients)"
        f" SELECT month, {_frequency_class('visits')}, count(*) FROM client_year_visits GROUP BY 1, 2",
        "CREATE TRIGGER year_visits_class_insert AFTER INSERT ON client_year_visits BEGIN"
        f" {_add_class('NEW.month', 'NEW.visits', '1')} END",
        "CREATE TRIGGER year_visits_class_delete AFTER DELETE ON client_year_visits BEGIN"
        f" {_add_class('OLD.month', 'OLD.visits', '-1')} END",
        # Each done visit's previous and next visit of hers, and whether the next came within her rhythm (the
        # therapists' rebooking rate): rewritten, with her twelve-month counts above, per client by
        # salon.reports.review.refresh_visit_sequence for the clients marked below, the way client_visit_stats is.
        """CREATE TABLE visit_sequence (
            visit_id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL,
            visited_at TEXT NOT NULL,
            prev_at TEXT,
            next_at TEXT,
            lead INTEGER NOT NULL,  -- 1: the first (by id) of her visits at that moment, so counts need no DISTINCT
            rebooked INTEGER NOT NULL
        )""",
        # Filled from the visit summaries as they stand (45 days: REBOOK_DEFAULT_DAYS when this step was
        # written); the clients whose summary is stale are rewritten with theirs.
        visit_sequence_insert("", 45),
        "CREATE INDEX visit_sequence_time ON visit_sequence (visited_at, client_id, prev_at, next_at, lead)",
        "CREATE INDEX visit_sequence_client ON visit_sequence (client_id)",
        "CREATE TABLE visit_sequence_stale (client_id INTEGER PRIMARY KEY)",
        "CREATE TRIGGER visit_sequence_stale_insert AFTER INSERT ON visit BEGIN"
        " INSERT OR IGNORE INTO visit_sequence_stale VALUES (NEW.client_id); END",
        "CREATE TRIGGER visit_sequence_stale_update AFTER UPDATE OF status, visited_at, client_id ON visit BEGIN"
        " INSERT OR IGNORE INTO visit_sequence_stale VALUES (NEW.client_id);"
        " INSERT OR IGNORE INTO visit_sequence_stale VALUES (OLD.client_id); END",
        "CREATE TRIGGER visit_sequence_stale_delete AFTER DELETE ON visit BEGIN"
        " INSERT OR IGNORE INTO visit_sequence_stale VALUES (OLD.client_id); END",
        # Per month and therapist: her (visit, therapist) pairs and how many were rebooked, kept by triggers on
        # both sides of the pair.
        """CREATE TABLE rebook_month (
            month TEXT NOT NULL,
            staff_id INTEGER NOT NULL,
            base INTEGER NOT NULL,
            rebooked INTEGER NOT NULL,
            PRIMARY KEY (month, staff_id)
        ) WITHOUT ROWID""",
        "INSERT INTO rebook_month (month, staff_id, base, rebooked) SELECT substr(s.visited_at, 1, 7), t.staff_id,"
        " count(*), sum(s.rebooked) FROM visit_sequence s JOIN visit_therapist t ON t.visit_id = s.visit_id"
        " GROUP BY 1, 2",
        "INSERT INTO visit_sequence_stale SELECT client_id FROM client_visit_stale",
        "CREATE TRIGGER visit_sequence_rebook_insert AFTER INSERT ON visit_sequence BEGIN"
        f" {_SEQUENCE_REBOOK_NEW} END",
        "CREATE TRIGGER visit_sequence_rebook_delete AFTER DELETE ON visit_sequence BEGIN"
        f" {_SEQUENCE_REBOOK_OLD} END",
        f"CREATE TRIGGER visit_therapist_rebook_insert AFTER INSERT ON visit_therapist BEGIN"
        f" {_THERAPIST_REBOOK_NEW} END",
        f"CREATE TRIGGER visit_therapist_rebook_delete AFTER DELETE ON visit_therapist BEGIN"
        f" {_THERAPIST_REBOOK_OLD} END",
        "CREATE TRIGGER visit_therapist_rebook_update AFTER UPDATE ON visit_therapist BEGIN"
        f" {_THERAPIST_REBOOK_OLD} {_THERAPIST_REBOOK_NEW} END",
        # Each therapist's clients per month and the visits she had a line in, kept by triggers on the stored
        # line values (a line without a therapist counts for nobody).
        """CREATE TABLE therapist_month_client (
            month TEXT NOT NULL,
            therapist_key INTEGER NOT NULL,
            client_id INTEGER NOT NULL,
            visits INTEGER NOT NULL,
            lines INTEGER NOT NULL,
            PRIMARY KEY (month, therapist_key, client_id)
        ) WITHOUT ROWID""",
        "CREATE TRIGGER line_value_therapist_insert AFTER INSERT ON line_value WHEN NEW.therapist_key <> 0 BEGIN"
        " INSERT INTO therapist_month_client (month, therapist_key, client_id, visits, lines)"
        " VALUES (NEW.month, NEW.therapist_key, NEW.client_id, NOT EXISTS (SELECT 1 FROM line_value"
        "  WHERE visit_id = NEW.visit_id AND therapist_key = NEW.therapist_key AND item_id <> NEW.item_id), 1)"
        " ON CONFLICT (month, therapist_key, client_id) DO UPDATE SET visits = visits + excluded.visits,"
        "  lines = lines + 1; END",
        "CREATE TRIGGER line_value_therapist_delete AFTER DELETE ON line_value WHEN OLD.therapist_key <> 0 BEGIN"
        " UPDATE therapist_month_client SET lines = lines - 1, visits = visits - NOT EXISTS (SELECT 1"
        "  FROM line_value WHERE visit_id = OLD.visit_id AND therapist_key = OLD.therapist_key)"
        " WHERE month = OLD.month AND therapist_key = OLD.therapist_key AND client_id = OLD.client_id;"
        " DELETE FROM therapist_month_client WHERE month = OLD.month AND therapist_key = OLD.therapist_key"
        "  AND client_id = OLD.client_id AND lines = 0; END",
        "INSERT INTO therapist_month_client (month, therapist_key, client_id, visits, lines)"
        " SELECT month, therapist_key, client_id, count(DISTINCT visit_id), count(*) FROM line_value"
        " WHERE therapist_key <> 0 GROUP BY 1, 2, 3",
        # Her spend in the year to each month beside the month's (the review's year column for the month's
        # clients), kept by triggers on the month rows.
        "ALTER TABLE client_month_spend ADD COLUMN ytd_fen INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX client_month_spend_client ON client_month_spend (client_id, month)",
        "UPDATE client_month_spend SET ytd_fen = (SELECT sum(s.amount_fen) FROM client_month_spend s"
        " WHERE s.client_id = client_month_spend.client_id AND s.month >= substr(client_month_spend.month, 1, 4)"
        " AND s.month <= client_month_spend.month)",
        "CREATE TRIGGER month_spend_ytd_insert AFTER INSERT ON client_month_spend BEGIN"
        " UPDATE client_month_spend SET ytd_fen = ytd_fen + NEW.amount_fen WHERE client_id = NEW.client_id"
        "  AND month > NEW.month AND month < substr(NEW.month, 1, 4) || '-99';"
        " UPDATE client_month_spend SET ytd_fen = (SELECT sum(s.amount_fen) FROM client_month_spend s"
        "  WHERE s.client_id = NEW.client_id AND s.month >= substr(NEW.month, 1, 4) AND s.month <= NEW.month)"
        "  WHERE month = NEW.month AND client_id = NEW.client_id; END",
        "CREATE TRIGGER month_spend_ytd_update AFTER UPDATE OF amount_fen ON client_month_spend BEGIN"
        " UPDATE client_month_spend SET ytd_fen = ytd_fen + NEW.amount_fen - OLD.amount_fen"
        "  WHERE client_id = NEW.client_id AND month >= NEW.month AND month < substr(NEW.month, 1, 4) || '-99';"
        " END",
        # Who held a period card in a period (包年/包月), and money in by kind and method, from indexes alone.
        "CREATE INDEX client_package_period_term ON client_package (expires_on, sold_at, client_id, starts_on)"
        " WHERE kind = 'period'",
        "CREATE INDEX package_ledger_refund ON package_ledger (package_id, created_at) WHERE kind = 'refund'",
        "CREATE INDEX payment_flow ON payment (paid_at, method, amount_fen, visit_id, ledger_id)",
    )),
    (17, "each card's rollforward per month, kept once reviewed", (
        # A month's prepaid rollforward per card (salon.reports.liability), stored the first time the month is
        # reviewed and read from here after: m_/b_/s_ are the money, bonus and session movements (NULL when the
        # card had none of that kind). Only the months listed in card_roll_month are whole.
        """CREATE TABLE card_roll (
            month TEXT NOT NULL,
            package_id INTEGER NOT NULL,
            client_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            opening_fen INTEGER NOT NULL,
            closing_fen INTEGER NOT NULL,
            opening_bonus_fen INTEGER NOT NULL,
            closing_bonus_fen INTEGER NOT NULL,
            opening_sessions INTEGER,
            closing_sessions INTEGER,
            m_sold INTEGER,
            m_topped_up INTEGER,
            m_consumed INTEGER,
            m_refunded INTEGER,
            m_expired INTEGER,
            m_other INTEGER,
            m_rounding INTEGER,
            b_sold INTEGER,
            b_topped_up INTEGER,
            b_consumed INTEGER,
            b_refunded INTEGER,
            b_expired INTEGER,
            b_other INTEGER,
            b_rounding INTEGER,
            s_sold INTEGER,
            s_topped_up INTEGER,
            s_consumed INTEGER,
            s_refunded INTEGER,
            s_expired INTEGER,
            s_other INTEGER,
            s_rounding INTEGER,
            PRIMARY KEY (month, package_id)
        ) WITHOUT ROWID""",
        "CREATE TABLE card_roll_month (month TEXT PRIMARY KEY) WITHOUT ROWID",
        # A card's roll depends on its own row and ledger alone: what changes either marks the card, from the month
        # of a ledger line (earlier months' rolls stand) or, for its terms, owner or status, from the beginning;
        # its rolls are computed again for those kept months before the next review reads one.
        "CREATE TABLE card_roll_stale (package_id INTEGER PRIMARY KEY, from_month TEXT NOT NULL)",
        "CREATE TRIGGER card_roll_stale_sold AFTER INSERT ON client_package BEGIN"
        f" {_roll_stale('NEW.id', _FROM_START)} END",
        "CREATE TRIGGER card_roll_stale_changed AFTER UPDATE OF client_id, name, kind, sold_at, starts_on, expires_on,"
        f" status ON client_package BEGIN {_roll_stale('NEW.id', _FROM_START)}"
        f" {_roll_stale('OLD.id', _FROM_START)} END",
        "CREATE TRIGGER card_roll_stale_deleted AFTER DELETE ON client_package BEGIN"
        f" {_roll_stale('OLD.id', _FROM_START)} END",
        "CREATE TRIGGER card_roll_stale_ledger AFTER INSERT ON package_ledger BEGIN"
        f" {_roll_stale('NEW.package_id', 'substr(NEW.created_at, 1, 7)')} END",
        "CREATE TRIGGER card_roll_stale_ledger_changed AFTER UPDATE ON package_ledger BEGIN"
        f" {_roll_stale('NEW.package_id', _FROM_START)} {_roll_stale('OLD.package_id', _FROM_START)} END",
    )),
    (18, "month totals of money in, of the kept rollforward and of each therapist's clients", (
        # Money in by month, source and method (salon.payments.money_flow for whole months), kept by triggers on
        # the payments.
        """CREATE TABLE payment_month (
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            method TEXT NOT NULL,
            amount_fen INTEGER NOT NULL,
            PRIMARY KEY (month, kind, method)
        ) WITHOUT ROWID""",
        "INSERT INTO payment_month (month, kind, method, amount_fen) SELECT substr(p.paid_at, 1, 7),"
        " CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END, p.method, sum(p.amount_fen)"
        " FROM payment p LEFT JOIN package_ledger l ON l.id = p.ledger_id GROUP BY 1, 2, 3",
        f"CREATE TRIGGER payment_month_insert AFTER INSERT ON payment BEGIN {_add_payment('NEW', '')} END",
        f"CREATE TRIGGER payment_month_delete AFTER DELETE ON payment BEGIN {_add_payment('OLD', '-')} END",
        "CREATE TRIGGER payment_month_update AFTER UPDATE ON payment BEGIN"
        f" {_add_payment('OLD', '-')} {_add_payment('NEW', '')} END",
        # The kept rollforward's totals per month (the review's figures), kept by triggers on its rows.
        "CREATE TABLE card_roll_total (month TEXT PRIMARY KEY, "
        + ", ".join(f"{column} INTEGER NOT NULL" for column in (*_ROLL_SUMMED, "outstanding")) + ") WITHOUT ROWID",
        f"CREATE TRIGGER card_roll_total_insert AFTER INSERT ON card_roll BEGIN {_add_roll('NEW', '')} END",
        f"CREATE TRIGGER card_roll_total_delete AFTER DELETE ON card_roll BEGIN {_add_roll('OLD', '-')} END",
        f"INSERT INTO card_roll_total (month, {', '.join(_ROLL_SUMMED)}, outstanding) SELECT month, "
        + ", ".join(f"coalesce(sum({column}), 0)" for column in _ROLL_SUMMED)
        + ", sum(closing_fen <> 0 OR closing_bonus_fen <> 0 OR coalesce(closing_sessions, 0) <> 0)"
        " FROM card_roll GROUP BY month",
        # Each therapist's clients and visits per month (therapist_month_client's rows and their visits).
        """CREATE TABLE therapist_month (
            month TEXT NOT NULL,
            therapist_key INTEGER NOT NULL,
            clients INTEGER NOT NULL,
            visits INTEGER NOT NULL,
            PRIMARY KEY (month, therapist_key)
        ) WITHOUT ROWID""",
        "INSERT INTO therapist_month (month, therapist_key, clients, visits)"
        " SELECT month, therapist_key, count(*), sum(visits) FROM therapist_month_client GROUP BY 1, 2",
        "CREATE TRIGGER therapist_month_insert AFTER INSERT ON therapist_month_client BEGIN"
        f" {_add_therapist('NEW', '1', 'NEW.visits')} END",
        "CREATE TRIGGER therapist_month_update AFTER UPDATE OF visits ON therapist_month_client BEGIN"
        f" {_add_therapist('NEW', '0', 'NEW.visits - OLD.visits')} END",
        "CREATE TRIGGER therapist_month_delete AFTER DELETE ON therapist_month_client BEGIN"
        f" {_add_therapist('OLD', '-1', '-OLD.visits')} END",
    )),
)

LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(database: Database) -> int:
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = database.execute_sql("SELECT max(version) FROM schema_migration").fetchone()
    return row[0] or 0


def _refuse_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise RuntimeError(fill(translate("store", "数据库版本 %1 比本程序 (%2) 新，请升级客情管家。"
                                                   " / The database (version %1) is newer than this program (%2)."),
                                version, LATEST_VERSION))


def _file_of(database: Database) -> str | None:
    name = str(getattr(database, "database", "") or "")
    return None if name in ("", ":memory:") or name.startswith("file:") else name


def migrate(database: Database) -> list[int]:
    """Apply every step newer than the file's version, all in one transaction; returns the versions applied.

    A file that already had a schema is first copied beside itself (salon.store.upgrade_backup), so the salon can
    go back to it whatever the new version does with her data.
    """
    version = current_version(database)
    _refuse_newer(version)
    if all(number <= version for number, _, _ in MIGRATIONS):
        return []
    path = _file_of(database)
    if version > 0 and path is not None:
        # Before the write lock: SQLite's backup cannot read through a connection that holds one. Another till
        # upgrading the file meanwhile only makes this copy one that was not needed.
        copy_before_upgrade(database.connection(), path, version)
    # A step that rebuilds a table (CREATE new, copy, DROP old, RENAME) would, with foreign keys on, delete or null
    # every child row of the dropped table. The pragma is ignored inside a transaction, so it goes off before BEGIN;
    # foreign_key_check before COMMIT then proves the steps left every reference whole.
    enforced = database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        # One transaction for every pending step: a failure anywhere leaves the file exactly at its old version,
        # never at a half-way version no release ever had.
        with database.atomic(lock_type="IMMEDIATE"):
            # Read again under the write lock: another till may have upgraded the file since.
            version = current_version(database)
            _refuse_newer(version)
            pending = [step for step in MIGRATIONS if step[0] > version]
            for number, name, statements in pending:
                for statement in statements:
                    database.execute_sql(statement)
                database.execute_sql(
                    "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)",
                    (number, name, datetime.now().isoformat(timespec="seconds")),
                )
            broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                shown = "; ".join(f"{table} #{rowid} -> {parent}" for table, rowid, parent, _ in broken[:5])
                raise RuntimeError(fill(
                    translate("store", "数据库升级后有 %1 条记录引用了不存在的记录，升级已撤销，文件保持版本 %2："
                                       "%3 / Upgrading from version %2 left %1 broken references; nothing was"
                                       " changed: %3"),
                    len(broken), version, shown))
    finally:
        database.execute_sql(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
    return [number for number, _, _ in pending]


__all__ = ["MIGRATIONS", "LATEST_VERSION", "current_version", "migrate"]

"""The accountant's workbook: one .xlsx for a period, whose totals agree to the fen with the review.

Sheets: 汇总 (by VAT class, with the revenue note), 销售明细 (one row per line item, card sale, top-up and refund),
收款, 售卡充值, 耗卡, 预收款 (the rollforward per card), 在用卡 (cards owing something at the end), 提成 and, for
the owner, 客户. Mainland practice for single-purpose prepaid cards (国家税务总局公告2016年第53号): a card sale
or top-up is a pre-receipt invoiced as 不征税; VAT falls due when the card is consumed, without an invoice then;
revenue is recognised on consumption, the rest stays a contract liability (合同负债/预收账款).

Rows are streamed (openpyxl write-only), so a busy year writes in seconds with flat memory; the file is written
beside the target under a temporary name and renamed at the end, so a cancelled or failed export leaves nothing.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from salon import access
from salon.clients.profiles import client_names
from salon.payments import method_word
from salon.reports import consumption
from salon.reports.figures import source_word
from salon.reports.liability import MOVEMENTS, Rollforward, card_kind_word, movement_word
from salon.reports.period import Period
from salon.reports.review import build_review, category_word
from salon.staff import staff_names
from salon.store.models import database_proxy, write_transaction
from salon.words import QT_TRANSLATE_NOOP, fill, translate, with_note, word

MONEY_FORMAT = "#,##0.00"
# The VAT classes and kinds of line, as marked words (the keys of the totals); written through `_word`.
CLASS_PREPAID_SALE = QT_TRANSLATE_NOOP("workbook", "预付卡销售/充值（不征税）")
CLASS_CARD_USE = QT_TRANSLATE_NOOP("workbook", "耗卡（应税，不开票）")
CLASS_COUNTER = QT_TRANSLATE_NOOP("workbook", "现结（应税）")
CLASS_MIXED = QT_TRANSLATE_NOOP("workbook", "现结+耗卡（应税）")
CLASS_REFUND = QT_TRANSLATE_NOOP("workbook", "退卡（冲减预收）")
KIND_WORDS = {"service": QT_TRANSLATE_NOOP("workbook", "服务"), "product": QT_TRANSLATE_NOOP("workbook", "产品"),
              "sale": QT_TRANSLATE_NOOP("workbook", "售卡"), "top_up": QT_TRANSLATE_NOOP("workbook", "充值"),
              "refund": QT_TRANSLATE_NOOP("workbook", "退卡"),
              "card_use": QT_TRANSLATE_NOOP("workbook", "耗卡（次卡）")}
USAGE_WORDS = {"use": QT_TRANSLATE_NOOP("workbook", "耗卡"), "void": QT_TRANSLATE_NOOP("workbook", "撤销"),
               "expiry": QT_TRANSLATE_NOOP("workbook", "过期")}
_UNSAFE_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PROGRESS_EVERY = 2000


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


def _word(text: str) -> str:
    """A word marked above, in the chosen language."""
    return word("workbook", text)


def _card_number(ledger_id: int) -> str:
    return fill(translate("workbook", "卡%1"), ledger_id)


def _money(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


class _Progress:
    """Rows written against rows to write, reported now and then; where a cancel is noticed."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self) -> None:
        self.done += 1
        if self.done % _PROGRESS_EVERY == 0:
            self.check()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


class _Sheet:
    """A write-only sheet with typed cells: text that could be read as a formula stays text. Each row ticks the
    export's `counter`, if it has one."""

    def __init__(self, book, title: str, headers: list[str], widths: list[int], money: Iterable[int] = (),
                 counter: _Progress | None = None) -> None:
        self.sheet = book.create_sheet(title)
        self.counter = counter
        self.money = set(money)  # the columns holding fen, written as yuan
        for column, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[_letter(column)].width = width
        self.sheet.freeze_panes = "A2"
        self.width = len(headers)
        self.rows = 0
        self.append(headers, header=True)

    def append(self, values: list, *, header: bool = False) -> None:
        """One row. Only the cells that need it are made into styled cells (money, text to keep from being read
        as a formula): openpyxl writes plain values several times faster."""
        from openpyxl.cell import WriteOnlyCell

        row = []
        for column, value in enumerate(values):
            if isinstance(value, str):
                value = _CONTROL.sub("", value)
                if value.startswith(_UNSAFE_START):
                    cell = WriteOnlyCell(self.sheet, value=None)
                    cell.value, cell.data_type, cell.quotePrefix = value, "s", True  # never a formula
                    value = cell
            elif type(value) is int and column in self.money and not header:
                cell = WriteOnlyCell(self.sheet, value=_money(value))
                cell.number_format = MONEY_FORMAT
                value = cell
            row.append(value)  # a date gets openpyxl's yyyy-mm-dd on its own
        self.sheet.append(row)
        self.rows += 1
        if self.counter is not None and not header:
            self.counter.tick()

    def finish(self) -> None:
        if self.rows > 1:
            self.sheet.auto_filter.ref = f"A1:{_letter(self.width)}{self.rows}"


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


class _Book:
    """The workbook being written and the export's progress, which every sheet made here reports to."""

    def __init__(self, counter: _Progress) -> None:
        from openpyxl import Workbook

        self.workbook = Workbook(write_only=True)
        self.counter = counter

    def sheet(self, title: str, headers: list[str], widths: list[int], *, money: Iterable[int] = ()) -> _Sheet:
        return _Sheet(self.workbook, title, headers, widths, money, self.counter)


def _visit_methods(period: Period) -> dict[int, str]:
    start, after = period.bounds
    found: dict[int, list[str]] = {}
    for visit_id, method in database_proxy.execute_sql(
            "SELECT DISTINCT p.visit_id, p.method FROM visit v INDEXED BY visit_done_time JOIN payment p"
            " ON p.visit_id = v.id WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ?"
            " ORDER BY p.visit_id, p.method", (start, after)):
        found.setdefault(visit_id, []).append(method_word(method))
    return {visit_id: "+".join(methods) for visit_id, methods in found.items()}


def _card_rows(period: Period) -> Iterator[tuple]:
    """Card sales, top-ups and refunds in the period: (day, client, card, kind, paid, principal, bonus, sessions,
    method)."""
    start, after = period.bounds
    yield from database_proxy.execute_sql(
        "SELECT l.created_at, c.client_id, c.name, c.kind, l.kind, l.paid_fen, l.principal_delta_fen,"
        " l.bonus_delta_fen, l.sessions_delta, l.id, (SELECT group_concat(DISTINCT p.method) FROM payment p"
        "  WHERE p.ledger_id = l.id) FROM package_ledger l INDEXED BY package_ledger_time"
        " JOIN client_package c ON c.id = l.package_id WHERE l.created_at >= ? AND l.created_at < ?"
        " AND l.kind IN ('sale', 'top_up', 'refund') ORDER BY l.created_at, l.id", (start, after))


def write_workbook(period: Period, path: str | os.PathLike[str], *, owner: bool = True,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the period's workbook to `path` (replacing it only once complete); returns the path.

    `progress(done, total)` is called now and then with rows written; `cancelled()` returning True stops the
    export (ExportCancelled) and leaves no file behind."""
    access.require(access.EXPORT)
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    review = build_review(period)
    start, after = period.bounds
    # Every row of every sheet, counted beforehand so that the progress bar moves through all of them.
    total = sum(database_proxy.execute_sql(
        "SELECT (SELECT count(*) FROM visit v INDEXED BY visit_done_time JOIN visit_item i ON i.visit_id = v.id"
        "  WHERE v.status = 'done' AND v.visited_at >= ?1 AND v.visited_at < ?2),"
        " (SELECT count(*) FROM payment INDEXED BY payment_time WHERE paid_at >= ?1 AND paid_at < ?2),"
        " (SELECT count(*) FROM package_ledger INDEXED BY package_ledger_time WHERE created_at >= ?1"
        "  AND created_at < ?2)", (start, after)).fetchone())
    total += 2 * len(review.liability.cards) + len(review.clients) + len(review.therapists)
    counter = _Progress(total, progress, cancelled)
    book = _Book(counter)
    try:
        clients, therapists = client_names(), staff_names()
        summary = book.sheet(translate("workbook", "汇总"), [
            translate("workbook", "项目"), translate("workbook", "金额"), translate("workbook", "说明")],
            [34, 16, 70], money=[1])
        journal = book.sheet(translate("workbook", "销售明细"), [
            translate("workbook", "日期"), translate("workbook", "单号"), translate("workbook", "客户"),
            translate("workbook", "类别"), translate("workbook", "项目"), translate("workbook", "数量"),
            translate("workbook", "标价"), translate("workbook", "优惠"), translate("workbook", "金额"),
            translate("workbook", "储值支付"), translate("workbook", "其中赠送"), translate("workbook", "现结"),
            translate("workbook", "确认收入"), translate("workbook", "美容师"), translate("workbook", "付款方式"),
            translate("workbook", "发票分类")], [12, 10, 12, 12, 24, 6, 12, 10, 12, 12, 10, 12, 12, 10, 16, 24],
            money=[6, 7, 8, 9, 10, 11, 12])
        methods = _visit_methods(period)
        # Each word translated once, not once a row.
        kinds = {kind: _word(text) for kind, text in KIND_WORDS.items()}
        classes = {text: _word(text) for text in (CLASS_COUNTER, CLASS_CARD_USE, CLASS_MIXED, CLASS_PREPAID_SALE,
                                                  CLASS_REFUND)}
        card_kinds = {kind: card_kind_word(kind) for kind in ("count", "period", "stored_value")}
        class_totals = {CLASS_COUNTER: 0, CLASS_CARD_USE: 0, CLASS_PREPAID_SALE: 0, CLASS_REFUND: 0}
        for line in consumption.consumed_lines(period):
            if line.package_id is not None:
                kind, invoice = "card_use", CLASS_CARD_USE
            else:
                kind = line.kind
                invoice = (CLASS_COUNTER if not line.stored_fen else
                           CLASS_CARD_USE if line.counter_fen == 0 else CLASS_MIXED)
            class_totals[CLASS_COUNTER] += line.counter_fen
            class_totals[CLASS_CARD_USE] += line.prepaid_fen
            journal.append([line.visited_on, f"No.{line.visit_id}", clients.get(line.client_id, ""),
                            kinds[kind], line.name, line.quantity, line.unit_price_fen, line.discount_fen,
                            line.amount_fen, line.stored_fen, line.bonus_fen, line.counter_fen, line.consumed_fen,
                            therapists.get(line.therapist_id, ""), methods.get(line.visit_id, ""), classes[invoice]])
        for created_at, client_id, card, card_kind, kind, paid, _principal, _bonus, sessions, ledger_id, method in \
                _card_rows(period):
            invoice = CLASS_REFUND if kind == "refund" else CLASS_PREPAID_SALE
            class_totals[invoice] += paid
            card_text = with_note(card, card_kinds.get(card_kind, card_kind))
            methods_text = ", ".join(method_word(m) for m in (method or "").split(",") if m)
            journal.append([date.fromisoformat(created_at[:10]), _card_number(ledger_id), clients.get(client_id, ""),
                            kinds[kind], card_text, sessions or None, None, None, paid, None, None, paid,
                            0, "", methods_text, classes[invoice]])
        journal.finish()
        _write_summary(summary, review, class_totals)
        _write_payments(book, period, clients)
        _write_card_lines(book, period, clients)
        _write_rollforward(book, review.liability, clients)
        _write_commission(book, review)
        if owner:
            _write_clients(book, review)
        counter.check()
        book.workbook.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        _discard(book.workbook)
        temporary.unlink(missing_ok=True)
        raise
    with write_transaction():
        access.record("export.workbook", f"period:{period.start}..{period.end}", target.name)
    if progress is not None:
        progress(counter.total, counter.total)
    return target


def _discard(book) -> None:
    """Close a half-written workbook's sheets (their temporary files) without saving it."""
    for sheet in book.worksheets:
        try:
            sheet.close()
        except Exception:  # noqa: BLE001, S110 - a sheet already closed or never started: nothing to clean
            pass


def _write_summary(sheet: _Sheet, review, class_totals: dict[str, int]) -> None:
    money = review.money
    received, prepaid = translate("workbook", "实收：%1"), translate("workbook", "预收款：%1")
    invoice_class = translate("workbook", "发票分类：%1")
    rows = [
        (translate("workbook", "期间"), None, review.period.span()),
        (translate("workbook", "实收合计（不含储值卡支付）"), money.received_fen,
         translate("workbook", "收款表的合计；储值卡支付是以前预收的钱")),
        *((fill(received, method_word(method)), money.method_total(method), "")
          for method in sorted({m for _k, m in money.cells}) if method != "stored_value"),
        *((fill(received, source_word(kind)), money.received_kind(kind), "")
          for kind in ("visit", "sale", "top_up", "refund") if money.received_kind(kind)),
        (translate("workbook", "储值卡支付（耗用预收）"), money.method_total("stored_value"),
         translate("workbook", "不是新收的钱")),
        (fill(invoice_class, _word(CLASS_COUNTER)), class_totals[CLASS_COUNTER],
         translate("workbook", "到店现付的项目和产品：应税，开票")),
        (fill(invoice_class, _word(CLASS_CARD_USE)), class_totals[CLASS_CARD_USE],
         translate("workbook", "次卡按卡实付单价、储值卡按本金：应税，不开票（国家税务总局公告2016年第53号）")),
        (fill(invoice_class, _word(CLASS_PREPAID_SALE)), class_totals[CLASS_PREPAID_SALE],
         translate("workbook", "售卡和充值是预收：不征税，可开不征税发票")),
        (fill(invoice_class, _word(CLASS_REFUND)), class_totals[CLASS_REFUND],
         translate("workbook", "退还给客户的预收款")),
        (translate("workbook", "确认收入（耗）"), review.consumed_fen,
         translate("workbook", "= 现结 + 耗卡；收入在消费时确认，未消费部分为合同负债（预收账款）")),
        (translate("workbook", "储值赠送金额抵扣"), review.bonus_fen, translate("workbook", "赠送的钱不是收入")),
        (translate("workbook", "预收款期初"), review.liability.total("opening_fen"),
         translate("workbook", "次卡按卡实付单价计，储值卡按本金计，赠送另列")),
        *((fill(prepaid, movement_word(name)), review.liability.move(name), "") for name in MOVEMENTS
          if review.liability.move(name)),
        (translate("workbook", "预收款期末"), review.liability.total("closing_fen"),
         translate("workbook", "期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 ± 调整 = 期末")),
        (translate("workbook", "储值赠送余额期末"), review.liability.total("closing_bonus_fen"), ""),
        (translate("workbook", "提成合计"), sum(row.commission_fen for row in review.therapists), ""),
    ]
    for label, amount, note in rows:
        sheet.append([label, amount, note])
    sheet.finish()


def _write_payments(book: _Book, period: Period, clients: dict[int, str]) -> None:
    sheet = book.sheet(translate("workbook", "收款"), [
        translate("workbook", "日期"), translate("workbook", "单号/卡"), translate("workbook", "客户"),
        translate("workbook", "来源"), translate("workbook", "付款方式"), translate("workbook", "金额")],
        [12, 12, 12, 10, 10, 14], money=[5])
    start, after = period.bounds
    for paid_at, visit_id, ledger_id, client_id, kind, method, amount in database_proxy.execute_sql(
            "SELECT p.paid_at, p.visit_id, p.ledger_id, coalesce(v.client_id, c.client_id),"
            " CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END, p.method, p.amount_fen"
            " FROM payment p INDEXED BY payment_time LEFT JOIN visit v ON v.id = p.visit_id"
            " LEFT JOIN package_ledger l ON l.id = p.ledger_id LEFT JOIN client_package c ON c.id = l.package_id"
            " WHERE p.paid_at >= ? AND p.paid_at < ? ORDER BY p.paid_at, p.id", (start, after)):
        sheet.append([date.fromisoformat(paid_at[:10]), f"No.{visit_id}" if visit_id else _card_number(ledger_id),
                      clients.get(client_id, ""), source_word(kind), method_word(method), amount])
    sheet.finish()


def _write_card_lines(book: _Book, period: Period, clients: dict[int, str]) -> None:
    sales = book.sheet(translate("workbook", "售卡充值"), [
        translate("workbook", "日期"), translate("workbook", "客户"), translate("workbook", "卡"),
        translate("workbook", "类型"), translate("workbook", "业务"), translate("workbook", "实收"),
        translate("workbook", "本金"), translate("workbook", "赠送"), translate("workbook", "次数")],
        [12, 12, 22, 10, 8, 12, 12, 12, 8], money=[5, 6, 7])
    for created_at, client_id, card, card_kind, kind, paid, principal, bonus, sessions, _ledger, _method in \
            _card_rows(period):
        sales.append([date.fromisoformat(created_at[:10]), clients.get(client_id, ""), card,
                      card_kind_word(card_kind), _word(KIND_WORDS[kind]), paid, principal, bonus, sessions])
    sales.finish()
    usage = book.sheet(translate("workbook", "耗卡"), [
        translate("workbook", "日期"), translate("workbook", "单号"), translate("workbook", "客户"),
        translate("workbook", "卡"), translate("workbook", "类型"), translate("workbook", "次数"),
        translate("workbook", "本金"), translate("workbook", "赠送"), translate("workbook", "业务")],
        [12, 10, 12, 22, 10, 8, 12, 12, 10], money=[6, 7])
    start, after = period.bounds
    for created_at, visit_id, client_id, card, card_kind, kind, sessions, principal, bonus in \
            database_proxy.execute_sql(
                "SELECT l.created_at, l.visit_id, c.client_id, c.name, c.kind, l.kind, -l.sessions_delta,"
                " -l.principal_delta_fen, -l.bonus_delta_fen FROM package_ledger l INDEXED BY package_ledger_time"
                " JOIN client_package c ON c.id = l.package_id WHERE l.created_at >= ? AND l.created_at < ?"
                " AND l.kind IN ('use', 'void', 'expiry') ORDER BY l.created_at, l.id", (start, after)):
        # In the order of the headers (the kind of line last, under 业务: it once took the sessions' column).
        usage.append([date.fromisoformat(created_at[:10]), f"No.{visit_id}" if visit_id else "",
                      clients.get(client_id, ""), card, card_kind_word(card_kind), sessions or None, principal, bonus,
                      _word(USAGE_WORDS[kind])])
    usage.finish()


def _write_rollforward(book: _Book, roll: Rollforward, clients: dict[int, str]) -> None:
    headers = [translate("workbook", "卡号"), translate("workbook", "客户"), translate("workbook", "卡"),
               translate("workbook", "类型"), movement_word("opening"), *(movement_word(name) for name in MOVEMENTS),
               movement_word("closing"), translate("workbook", "赠送期初"), translate("workbook", "赠送期末"),
               translate("workbook", "次数期初"), translate("workbook", "次数期末")]
    money = list(range(4, 4 + len(MOVEMENTS) + 4))
    widths = [8, 12, 22, 10] + [12] * (len(MOVEMENTS) + 4) + [10, 10]
    sheet = book.sheet(translate("workbook", "预收款"), headers, widths, money=money)
    for card in roll.cards:
        sheet.append([card.package_id, clients.get(card.client_id, ""), card.name, card_kind_word(card.kind),
                      card.opening_fen, *(card.move(name) for name in MOVEMENTS), card.closing_fen,
                      card.opening_bonus_fen, card.closing_bonus_fen, card.opening_sessions, card.closing_sessions])
    sheet.append([translate("workbook", "合计"), "", "", "", roll.total("opening_fen"),
                  *(roll.move(name) for name in MOVEMENTS), roll.total("closing_fen"),
                  roll.total("opening_bonus_fen"), roll.total("closing_bonus_fen"), roll.sessions("opening_sessions"),
                  roll.sessions("closing_sessions")])
    sheet.finish()
    outstanding = book.sheet(translate("workbook", "在用卡"), [
        translate("workbook", "卡号"), translate("workbook", "客户"), translate("workbook", "卡"),
        translate("workbook", "类型"), translate("workbook", "预收余额"), translate("workbook", "赠送余额"),
        translate("workbook", "剩余次数")], [8, 12, 22, 10, 14, 12, 10], money=[4, 5])
    for card in roll.outstanding():
        outstanding.append([card.package_id, clients.get(card.client_id, ""), card.name, card_kind_word(card.kind),
                            card.closing_fen, card.closing_bonus_fen, card.closing_sessions])
    outstanding.finish()


def _write_commission(book: _Book, review) -> None:
    sheet = book.sheet(translate("workbook", "提成"), [
        translate("workbook", "美容师"), translate("workbook", "服务次数"), translate("workbook", "客户数"),
        translate("workbook", "确认收入"), translate("workbook", "提成"), translate("workbook", "回头率")],
        [12, 10, 10, 14, 12, 10], money=[3, 4])
    for row in review.therapists:
        sheet.append([row.name, row.visits, row.clients, row.consumed_fen, row.commission_fen,
                      round(row.rebooking_rate, 4)])
    sheet.finish()


def _write_clients(book: _Book, review) -> None:
    sheet = book.sheet(translate("workbook", "客户"), [
        translate("workbook", "客户"), translate("workbook", "社区"), translate("workbook", "本期消费"),
        translate("workbook", "占比"), translate("workbook", "本年消费"), translate("workbook", "分类"), "ABC"],
        [12, 14, 14, 8, 14, 8, 6], money=[2, 4])
    total = review.spend_fen
    for client in review.clients:
        sheet.append([client.name, client.community, client.spend_fen,
                      round(client.spend_fen / total, 4) if total else 0, client.year_fen,
                      category_word(client.category), client.abc])
    sheet.finish()


__all__ = ["ExportCancelled", "write_workbook"]

"""The review as a list of figures, each able to open the rows behind it: what the review screen shows and
drills into, built here so that the window holds no rule about what a figure means."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from salon.clients.profiles import client_names
from salon.money import format_fen
from salon.payments import method_word
from salon.reports.liability import MOVEMENT_WORDS, MOVEMENTS, card_kind_word, movement_word
from salon.reports.review import (
    CATEGORIES,
    FREQUENCIES,
    LAPSED_AFTER_DAYS,
    Review,
    category_word,
    frequency_word,
)
from salon.staff import staff_names
from salon.store.models import database_proxy
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word

SOURCE_WORDS = {"visit": QT_TRANSLATE_NOOP("figures", "到店消费"), "sale": QT_TRANSLATE_NOOP("figures", "售卡"),
                "top_up": QT_TRANSLATE_NOOP("figures", "充值"), "refund": QT_TRANSLATE_NOOP("figures", "退卡")}
# The columns of rows_behind() that hold money (in fen, to be shown as yuan), as marked words: `money_headers`
# gives them in the chosen language, as rows_behind() writes its headers.
_MONEY_HEADERS = (QT_TRANSLATE_NOOP("figures", "金额"), QT_TRANSLATE_NOOP("figures", "确认收入"),
                  QT_TRANSLATE_NOOP("figures", "本期消费"), QT_TRANSLATE_NOOP("figures", "本年消费"),
                  QT_TRANSLATE_NOOP("figures", "期初"), QT_TRANSLATE_NOOP("figures", "期末"),
                  QT_TRANSLATE_NOOP("figures", "赠送期末"))


def money_headers() -> frozenset[str]:
    """The headers of rows_behind() whose columns hold money, in the chosen language."""
    return frozenset({*(word("figures", header) for header in _MONEY_HEADERS),
                      *(movement_word(name) for name in MOVEMENT_WORDS)})


def source_word(kind: str) -> str:
    """Where money came from ('到店消费', '售卡'…) in the chosen language."""
    return word("figures", SOURCE_WORDS[kind]) if kind in SOURCE_WORDS else kind


@dataclass(frozen=True)
class Figure:
    section: str
    label: str
    amount_fen: int | None = None
    count: int | None = None
    share: float | None = None  # of its section's total
    drill: str = ""  # what rows_behind() opens; '' when there is nothing behind it

    def amount_text(self) -> str:
        return "" if self.amount_fen is None else f"¥{format_fen(self.amount_fen)}"

    def share_text(self) -> str:
        return "" if self.share is None else f"{self.share:.1%}"


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def review_figures(review: Review) -> list[Figure]:
    money, spend = review.money, review.spend_fen
    received = translate("figures", "收款")
    figures = [Figure(received, translate("figures", "实收合计（不含储值卡支付）"), money.received_fen,
                      drill="payments:")]
    figures += [Figure(received, source_word(kind), money.received_kind(kind),
                       share=_share(money.received_kind(kind), money.received_fen), drill=f"payments:kind={kind}")
                for kind in ("visit", "sale", "top_up", "refund") if money.received_kind(kind)]
    figures += [Figure(received, method_word(method), money.method_total(method),
                       share=_share(money.method_total(method), money.received_fen), drill=f"payments:method={method}")
                for method in sorted({method for _kind, method in money.cells}) if method != "stored_value"]
    figures.append(Figure(received, translate("figures", "储值卡支付（以前预收）"), money.method_total("stored_value"),
                          drill="payments:method=stored_value"))
    consumed = translate("figures", "耗（确认收入）")
    figures += [Figure(consumed, translate("figures", "合计"), review.consumed_fen, drill="lines:"),
                Figure(consumed, translate("figures", "耗卡（次卡、储值本金）"), review.prepaid_fen,
                       share=_share(review.prepaid_fen, review.consumed_fen), drill="lines:prepaid"),
                Figure(consumed, translate("figures", "现结"), review.counter_fen,
                       share=_share(review.counter_fen, review.consumed_fen), drill="lines:counter"),
                Figure(consumed, translate("figures", "储值赠送抵扣（不计收入）"), review.bonus_fen,
                       drill="lines:bonus")]
    figures.append(Figure(translate("figures", "客户"), translate("figures", "付款客户"), spend,
                          count=len(review.clients), drill="clients:"))
    section = translate("figures", "客户分类")
    figures += [Figure(section, category_word(name), amount, count=count, share=_share(amount, spend),
                       drill=f"clients:category={name}")
                for name in CATEGORIES for count, amount in [review.category_counts.get(name, (0, 0))]]
    a, b = review.abc_thresholds
    section, grade_text = fill(translate("figures", "ABC 分类（%1% / %2%）"), a, b), translate("figures", "%1 类")
    figures += [Figure(section, fill(grade_text, grade), amount, count=count, share=_share(amount, spend),
                       drill=f"clients:abc={grade}") for grade, (count, amount) in review.abc_totals().items()]
    section, unnamed = translate("figures", "社区"), translate("figures", "未填")
    figures += [Figure(section, name or unnamed, amount, count=count, share=_share(amount, spend),
                       drill=f"clients:community={name}") for name, count, amount in review.communities()]
    section = translate("figures", "到店频率（近 12 个月）")
    figures += [Figure(section, frequency_word(name), count=review.frequency[name],
                       drill=f"visitors:{name}") for name in FREQUENCIES]
    section = translate("figures", "新老客户")
    figures += [Figure(section, translate("figures", "新客"), count=review.new_clients, drill="visitors:new"),
                Figure(section, translate("figures", "回头客"), count=review.returning_clients,
                       drill="visitors:returning"),
                Figure(section, fill(translate("figures", "本期流失（%1 天没来）"), LAPSED_AFTER_DAYS),
                       count=review.lapsed_clients, drill="visitors:lapsed")]
    for section, ranked in ((translate("figures", "项目排行"), review.services),
                            (translate("figures", "产品排行"), review.products)):
        figures += [Figure(section, row.name, row.amount_fen, count=row.quantity, share=row.cumulative,
                           drill=f"lines:{row.kind}={row.item_id}") for row in ranked]
    section = translate("figures", "美容师")
    figures += [Figure(section, row.name, row.consumed_fen, count=row.visits, share=row.rebooking_rate,
                       drill=f"lines:therapist={row.staff_id}") for row in review.therapists]
    roll = review.liability
    section = translate("figures", "预收款")
    figures.append(Figure(section, translate("figures", "期初"), roll.total("opening_fen"), drill="cards:"))
    figures += [Figure(section, movement_word(name), roll.move(name), drill=f"cards:move={name}")
                for name in MOVEMENTS if roll.move(name)]
    figures += [Figure(section, translate("figures", "期末"), roll.total("closing_fen"), count=roll.outstanding_count(),
                       drill="cards:open"),
                Figure(section, translate("figures", "储值赠送余额期末"), roll.total("closing_bonus_fen"),
                       drill="cards:open")]
    return figures


def rows_behind(review: Review, drill: str) -> tuple[list[str], list[list]]:
    """(headers, rows) behind a figure: money as fen (ints), everything else as shown."""
    what, _, condition = drill.partition(":")
    key, _, value = condition.partition("=")
    if what == "payments":
        return _payments(review, key, value)
    if what == "lines":
        return _lines(review, key, value)
    if what == "clients":
        headers = [translate("figures", "客户"), translate("figures", "社区"), translate("figures", "本期消费"),
                   translate("figures", "本年消费"), translate("figures", "分类"), "ABC"]
        chosen = [client for client in review.clients
                  if not key or getattr(client, {"category": "category", "abc": "abc",
                                                 "community": "community"}[key]) == value]
        return headers, [[c.name, c.community, c.spend_fen, c.year_fen, category_word(c.category), c.abc]
                         for c in chosen]
    if what == "visitors":
        ids = sorted(review.visitors.get(key, ()))
        _start, after = review.period.bounds
        year_ago = (review.period.end - timedelta(days=365)).isoformat()
        headers = [translate("figures", "客户"), translate("figures", "电话"), translate("figures", "社区"),
                   translate("figures", "近 12 个月到店"), translate("figures", "最后一次到店")]
        return (headers, [list(row) for row in database_proxy.execute_sql(
            "SELECT c.name, c.phone, c.community, (SELECT count(*) FROM visit w INDEXED BY visit_client_done"
            "  WHERE w.client_id = c.id AND w.status = 'done' AND w.visited_at > ? AND w.visited_at < ?),"
            " (SELECT substr(max(w.visited_at), 1, 10) FROM visit w INDEXED BY visit_client_done"
            "  WHERE w.client_id = c.id AND w.status = 'done' AND w.visited_at < ?)"
            " FROM json_each(?) j CROSS JOIN client c ON c.id = j.value ORDER BY c.name_pinyin",
            (year_ago, after, after, json.dumps(ids)))])
    if what == "cards":
        names = client_names()
        cards = (review.liability.outstanding() if key == "open" else
                 [card for card in review.liability.cards if card.move(value)] if key == "move" else
                 review.liability.cards)
        moved = [movement_word(value)] if key == "move" else []
        return ([translate("figures", "卡号"), translate("figures", "客户"), translate("figures", "卡"),
                 translate("figures", "类型"), translate("figures", "期初"), *moved, translate("figures", "期末"),
                 translate("figures", "赠送期末"),
                 translate("figures", "剩余次数")],
                [[card.package_id, names.get(card.client_id, ""), card.name, card_kind_word(card.kind),
                  card.opening_fen, *([card.move(value)] if key == "move" else []), card.closing_fen,
                  card.closing_bonus_fen, card.closing_sessions] for card in cards])
    return [], []


def _payments(review: Review, key: str, value: str) -> tuple[list[str], list[list]]:
    start, after = review.period.bounds
    condition, params = "", [start, after]
    if key == "kind":
        condition = " AND p.method <> 'stored_value' AND " + ("p.visit_id IS NOT NULL" if value == "visit"
                                                              else "l.kind = ?")
        params += [] if value == "visit" else [value]
    elif key == "method":
        condition, params = " AND p.method = ?", params + [value]
    elif key == "client":
        condition, params = " AND p.method <> 'stored_value' AND coalesce(v.client_id, k.client_id) = ?", params + [
            int(value)]
    else:
        condition = " AND p.method <> 'stored_value'"
    rows = database_proxy.execute_sql(
        "SELECT p.paid_at, coalesce(cv.name, cc.name), CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END,"
        " p.method, p.amount_fen FROM payment p INDEXED BY payment_time LEFT JOIN visit v ON v.id = p.visit_id"
        " LEFT JOIN client cv ON cv.id = v.client_id LEFT JOIN package_ledger l ON l.id = p.ledger_id"
        " LEFT JOIN client_package k ON k.id = l.package_id LEFT JOIN client cc ON cc.id = k.client_id"
        f" WHERE p.paid_at >= ? AND p.paid_at < ?{condition} ORDER BY p.paid_at, p.id", params).fetchall()
    return ([translate("figures", "时间"), translate("figures", "客户"), translate("figures", "来源"),
             translate("figures", "付款方式"), translate("figures", "金额")],
            [[str(paid_at)[:16], name or "", source_word(kind), method_word(method), amount]
             for paid_at, name, kind, method, amount in rows])


def _lines(review: Review, key: str, value: str) -> tuple[list[str], list[list]]:
    from salon.reports.consumption import consumed_lines

    names, staff = client_names(), staff_names()
    chosen = []
    from_card = translate("figures", "卡")
    for line in consumed_lines(review.period):
        if ((key == "prepaid" and not line.prepaid_fen) or (key == "counter" and not line.counter_fen)
                or (key == "bonus" and not line.bonus_fen)
                or (key in ("service", "product") and (line.kind != key or str(line.item_id) != value
                                                        or line.package_id is not None and key == "product"))
                or (key == "therapist" and str(line.therapist_id) != value)):
            continue
        chosen.append([line.visited_at[:16], names.get(line.client_id, ""), line.name, line.quantity,
                       line.amount_fen, line.consumed_fen, from_card if line.package_id else "",
                       staff.get(line.therapist_id, "")])
    return [translate("figures", "时间"), translate("figures", "客户"), translate("figures", "项目"),
            translate("figures", "数量"), translate("figures", "金额"), translate("figures", "确认收入"),
            translate("figures", "扣卡"),
            translate("figures", "美容师")], chosen

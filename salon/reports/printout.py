"""The monthly review as text: what `main.py report` prints, from the same figures the review screen shows."""
from __future__ import annotations

from salon.money import format_fen
from salon.payments import method_word
from salon.reports.figures import source_word
from salon.reports.liability import MOVEMENTS, movement_word
from salon.reports.review import (
    CATEGORIES,
    FREQUENCIES,
    LAPSED_AFTER_DAYS,
    Review,
    category_word,
    frequency_word,
)
from salon.words import clauses, fill, separated, translate

TOP_CLIENTS = 10


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def review_lines(review: Review) -> list[str]:
    money = review.money
    period = review.period
    stored = format_fen(money.method_total("stored_value"))
    lines = [fill(translate("printout", "报表 %1（%2 至 %3）"), period.label(), period.start.isoformat(),
                  period.end.isoformat()), "",
             fill(translate("printout", "【收款】实收 ¥%1（储值卡支付 ¥%2 是以前预收的钱，不计入实收）"),
                  format_fen(money.received_fen), stored)]
    item = translate("printout", "  %1：¥%2")
    for kind in ("visit", "sale", "top_up", "refund"):
        if money.received_kind(kind):
            lines.append(fill(item, source_word(kind), format_fen(money.received_kind(kind))))
    for method in sorted({method for _kind, method in money.cells}):
        if method != "stored_value":
            lines.append(fill(item, method_word(method), format_fen(money.method_total(method))))
    consumed = translate("printout", "【耗（确认收入）】¥%1：耗卡 ¥%2，现结 ¥%3；储值赠送金额抵扣 ¥%4 不计收入")
    lines += ["", fill(consumed, format_fen(review.consumed_fen), format_fen(review.prepaid_fen),
                       format_fen(review.counter_fen), format_fen(review.bonus_fen))]
    lines += ["", fill(translate("printout", "【客户消费】%1 位客户付款，合计 ¥%2"), len(review.clients),
                       format_fen(review.spend_fen))]
    client_line = translate("printout", "  %1：本期 ¥%2（%3），本年 ¥%4，%5，%6 类")
    for client in review.clients[:TOP_CLIENTS]:
        share = _percent(client.spend_fen, review.spend_fen)
        lines.append(fill(client_line, client.name, format_fen(client.spend_fen), share, format_fen(client.year_fen),
                          category_word(client.category), client.abc))
    category_part = translate("printout", "%1 %2 位（%3）¥%4（%5）")
    lines.append(translate("printout", "  分类：") + separated(
        fill(category_part, category_word(name), count, _percent(count, len(review.clients)), format_fen(amount),
             _percent(amount, review.spend_fen)) for name in CATEGORIES
        for count, amount in [review.category_counts.get(name, (0, 0))]))
    a, b = review.abc_thresholds
    grade_part = translate("printout", "%1 类 %2 位 ¥%3（%4）")
    lines.append(fill(translate("printout", "  ABC（累计 %1% / %2%）："), a, b) + separated(
        fill(grade_part, grade, count, format_fen(amount), _percent(amount, review.spend_fen))
        for grade, (count, amount) in review.abc_totals().items()))
    community_part, unnamed = translate("printout", "%1 %2 位 ¥%3"), translate("printout", "未填")
    lines.append(translate("printout", "  社区：") + separated(
        fill(community_part, name or unnamed, count, format_fen(amount))
        for name, count, amount in review.communities()[:8]))
    frequency_part = translate("printout", "%1 %2 位")
    lines.append(translate("printout", "  到店频率（近 12 个月）：") + separated(
        fill(frequency_part, frequency_word(name), review.frequency[name]) for name in FREQUENCIES))
    lines.append(fill(translate("printout", "  新客 %1 位，老客回头 %2 位，本期流失（%3 天没来）%4 位"),
                      review.new_clients, review.returning_clients, LAPSED_AFTER_DAYS, review.lapsed_clients))
    ranked_line = translate("printout", "  %1：%2 次/件，¥%3（%4，累计 %5）")
    for title, ranked in ((translate("printout", "【项目排行】"), review.services),
                          (translate("printout", "【产品排行】"), review.products)):
        lines += ["", title]
        for row in ranked[:10]:
            lines.append(fill(ranked_line, row.name, row.quantity, format_fen(row.amount_fen), f"{row.share:.1%}",
                              f"{row.cumulative:.1%}"))
    lines += ["", translate("printout", "【美容师】")]
    therapist_line = translate("printout", "  %1：%2 次服务，%3 位客户，耗 ¥%4，提成 ¥%5，回头率 %6")
    for row in review.therapists:
        lines.append(fill(therapist_line, row.name, row.visits, row.clients, format_fen(row.consumed_fen),
                          format_fen(row.commission_fen), f"{row.rebooking_rate:.0%}"))
    roll = review.liability
    money_part = translate("printout", "%1 ¥%2")
    lines += ["", translate("printout", "【预收款（卡内余额）】")]
    lines.append(translate("printout", "  金额：") + clauses(
        [fill(money_part, movement_word("opening"), format_fen(roll.total("opening_fen")))]
        + [fill(money_part, movement_word(name), format_fen(roll.move(name))) for name in MOVEMENTS if roll.move(name)]
        + [fill(money_part, movement_word("closing"), format_fen(roll.total("closing_fen")))]))
    lines.append(fill(translate("printout", "  储值赠送：期初 ¥%1，期末 ¥%2"),
                      format_fen(roll.total("opening_bonus_fen")), format_fen(roll.total("closing_bonus_fen"))))
    sessions_part = translate("printout", "%1 %2 次")
    lines.append(translate("printout", "  次数：") + clauses(
        [fill(sessions_part, movement_word("opening"), roll.sessions("opening_sessions"))]
        + [fill(sessions_part, movement_word(name), roll.session_move(name)) for name in MOVEMENTS
           if roll.session_move(name)]
        + [fill(sessions_part, movement_word("closing"), roll.sessions("closing_sessions"))]))
    return lines

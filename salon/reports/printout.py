"""The monthly review as text: what `main.py report` prints, from the same figures the review screen shows."""
from __future__ import annotations

from salon.money import format_fen
from salon.payments import METHOD_WORDS
from salon.reports.liability import MOVEMENT_WORDS, MOVEMENTS
from salon.reports.review import (
    CATEGORIES,
    CATEGORY_WORDS,
    FREQUENCIES,
    FREQUENCY_WORDS,
    LAPSED_AFTER_DAYS,
    Review,
)

KIND_WORDS = {"visit": "到店消费", "sale": "售卡", "top_up": "充值", "refund": "退卡"}
TOP_CLIENTS = 10


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def review_lines(review: Review) -> list[str]:
    money = review.money
    period = review.period
    stored = format_fen(money.method_total("stored_value"))
    lines = [f"报表 {period.label()}（{period.start.isoformat()} 至 {period.end.isoformat()}）", "",
             f"【收款】实收 ¥{format_fen(money.received_fen)}（储值卡支付 ¥{stored} 是以前预收的钱，不计入实收）"]
    for kind in ("visit", "sale", "top_up", "refund"):
        if money.received_kind(kind):
            lines.append(f"  {KIND_WORDS[kind]}：¥{format_fen(money.received_kind(kind))}")
    for method in sorted({method for _kind, method in money.cells}):
        if method != "stored_value":
            lines.append(f"  {METHOD_WORDS.get(method, method)}：¥{format_fen(money.method_total(method))}")
    lines += ["", f"【耗（确认收入）】¥{format_fen(review.consumed_fen)}：耗卡 ¥{format_fen(review.prepaid_fen)}，"
                  f"现结 ¥{format_fen(review.counter_fen)}；储值赠送金额抵扣 ¥{format_fen(review.bonus_fen)} 不计收入"]
    lines += ["", f"【客户消费】{len(review.clients)} 位客户付款，合计 ¥{format_fen(review.spend_fen)}"]
    for client in review.clients[:TOP_CLIENTS]:
        share = _percent(client.spend_fen, review.spend_fen)
        lines.append(f"  {client.name}：本期 ¥{format_fen(client.spend_fen)}（{share}），"
                     f"本年 ¥{format_fen(client.year_fen)}，{CATEGORY_WORDS[client.category]}，{client.abc} 类")
    lines.append("  分类：" + "；".join(
        f"{CATEGORY_WORDS[name]} {count} 位（{_percent(count, len(review.clients))}）¥{format_fen(amount)}"
        f"（{_percent(amount, review.spend_fen)}）" for name in CATEGORIES
        for count, amount in [review.category_counts.get(name, (0, 0))]))
    a, b = review.abc_thresholds
    lines.append(f"  ABC（累计 {a}% / {b}%）：" + "；".join(
        f"{grade} 类 {count} 位 ¥{format_fen(amount)}（{_percent(amount, review.spend_fen)}）"
        for grade, (count, amount) in review.abc_totals().items()))
    lines.append("  社区：" + "；".join(f"{name or '未填'} {count} 位 ¥{format_fen(amount)}"
                                       for name, count, amount in review.communities()[:8]))
    lines.append("  到店频率（近 12 个月）：" + "；".join(f"{FREQUENCY_WORDS[name]} {review.frequency[name]} 位"
                                                  for name in FREQUENCIES))
    lines.append(f"  新客 {review.new_clients} 位，老客回头 {review.returning_clients} 位，"
                 f"本期流失（{LAPSED_AFTER_DAYS} 天没来）{review.lapsed_clients} 位")
    for title, ranked in (("项目排行", review.services), ("产品排行", review.products)):
        lines += ["", f"【{title}】"]
        for row in ranked[:10]:
            lines.append(f"  {row.name}：{row.quantity} 次/件，¥{format_fen(row.amount_fen)}（{row.share:.1%}，"
                         f"累计 {row.cumulative:.1%}）")
    lines += ["", "【美容师】"]
    for row in review.therapists:
        lines.append(f"  {row.name}：{row.visits} 次服务，{row.clients} 位客户，耗 ¥{format_fen(row.consumed_fen)}，"
                     f"提成 ¥{format_fen(row.commission_fen)}，回头率 {row.rebooking_rate:.0%}")
    roll = review.liability
    lines += ["", "【预收款（卡内余额）】"]
    lines.append("  金额：" + "，".join(
        [f"期初 ¥{format_fen(roll.total('opening_fen'))}"]
        + [f"{MOVEMENT_WORDS[name]} ¥{format_fen(roll.move(name))}" for name in MOVEMENTS if roll.move(name)]
        + [f"期末 ¥{format_fen(roll.total('closing_fen'))}"]))
    lines.append(f"  储值赠送：期初 ¥{format_fen(roll.total('opening_bonus_fen'))}，"
                 f"期末 ¥{format_fen(roll.total('closing_bonus_fen'))}")
    lines.append(f"  次数：期初 {roll.sessions('opening_sessions')} 次，" + "，".join(
        f"{MOVEMENT_WORDS[name]} {roll.session_move(name)} 次" for name in MOVEMENTS if roll.session_move(name))
        + f"，期末 {roll.sessions('closing_sessions')} 次")
    return lines

"""Translated words for package kinds, statuses, ledger lines and payment methods (stored by key in salon/)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from salon.money import format_fen
from salon.words import separated


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("packages", …) so lupdate finds them."""
    return QCoreApplication.translate("packages", text)


translate = QCoreApplication.translate


def plan_kind_label(kind: str) -> str:
    return {"count": translate("packages", "次卡"), "period": translate("packages", "年卡/月卡"),
            "stored_value": translate("packages", "储值卡")}.get(kind, kind)


def package_status_label(status: str) -> str:
    return {"active": translate("packages", "在用"), "used_up": translate("packages", "用完"),
            "expired": translate("packages", "过期"),
            "refunded": translate("packages", "已退")}.get(status, status)


def ledger_kind_label(kind: str) -> str:
    return {"sale": translate("packages", "售卡"), "use": translate("packages", "消费"),
            "top_up": translate("packages", "充值"), "refund": translate("packages", "退卡"),
            "adjustment": translate("packages", "调整"), "reactivation": translate("packages", "激活"),
            "expiry": translate("packages", "过期"), "void": translate("packages", "作废冲回"),
            "visit": translate("packages", "到店消费"), "contact": translate("packages", "联系")}.get(kind, kind)


def payment_method_label(method: str, *, short: bool = False) -> str:
    """'微信支付' in forms and receipts; `short` gives the counter's word ('微信') for crowded table cells."""
    if short:
        return {"cash": translate("packages", "现金"), "wechat": translate("packages", "微信"),
                "alipay": translate("packages", "支付宝"), "card": translate("packages", "刷卡"),
                "stored_value": translate("packages", "储值"), "other": translate("packages", "其他"),
                "package": translate("packages", "卡扣")}.get(method, method)
    return {"cash": translate("packages", "现金"), "wechat": translate("packages", "微信支付"),
            "alipay": translate("packages", "支付宝"), "card": translate("packages", "银行卡"),
            "stored_value": translate("packages", "储值卡"), "other": translate("packages", "其他"),
            "package": translate("packages", "卡扣")}.get(method, method)


def amount_text(fen: int) -> str:
    """An amount as the language's locale groups and points it (1,580.00; never through a float)."""
    locale = QLocale()
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{'-' if fen < 0 else ''}{locale.toString(yuan)}{locale.decimalPoint()}{cents:02d}"


def money(fen: int) -> str:
    """Money in a table cell: ¥1,580.00 (negative: -¥1,580.00)."""
    text = amount_text(fen)
    return "-¥" + text[1:] if text.startswith("-") else "¥" + text


def money_input(fen: int) -> str:
    """Money put back into a field for editing: 1580.00 (no thousands separator to type around)."""
    return format_fen(fen).replace(",", "")


def sessions_text(sessions: int | None) -> str:
    if sessions is None:
        return translate("packages", "不限次")
    return translate("packages", "%1 次").replace("%1", str(sessions))


def left_text(kind: str, sessions_left: int | None, principal_fen: int, bonus_fen: int) -> str:
    """What is left on a package, the way the counter says it."""
    if kind == "stored_value":
        text = translate("packages", "余额 %1").replace("%1", money(principal_fen + bonus_fen))
        if bonus_fen:
            text += translate("packages", "（本金 %1 + 赠送 %2）").replace("%1", format_fen(principal_fen)).replace(
                "%2", format_fen(bonus_fen))
        return text
    if sessions_left is None:
        return translate("packages", "不限次")
    return translate("packages", "剩 %1 次").replace("%1", str(sessions_left))


def short_method_label(method: str) -> str:
    return payment_method_label(method, short=True)


def payments_text(payments: tuple[tuple[str, int], ...] | list[tuple[str, int]]) -> str:
    """'微信 200.00 + 储值 68.00'."""
    return " + ".join(f"{short_method_label(method)} {format_fen(amount)}" for method, amount in payments)


def deductions_text(deductions: tuple[tuple[str, int], ...]) -> str:
    """'清洁10次卡 -1次'."""
    return separated(translate("packages", "%1 -%2次").replace("%1", name).replace("%2", str(sessions)) for name,
                    sessions in deductions)

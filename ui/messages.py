"""User-facing sentences for the domain's validation errors, translated with tr()."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon.errors import ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_text(error: ValidationError) -> str:
    """The error as one sentence in the user's language."""
    p = error.params
    texts = {
        "name_required": lambda: _tr("请填写姓名。"),
        "name_too_long": lambda: _tr("姓名太长。"),
        "phone_invalid": lambda: _tr("电话号码“%1”格式不对：手机应为 11 位数字，座机请带区号。")
        .replace("%1", str(p.get("value", ""))),
        "phone_duplicate": lambda: _tr("电话 %1 已登记在客户“%2”名下。")
        .replace("%1", str(p.get("phone", ""))).replace("%2", str(p.get("client_name", ""))),
        "date_invalid": lambda: (
            _tr("%1 月 %2 日这一天不存在，请检查月和日。").replace("%1", str(p["month"])).replace("%2", str(p["day"]))
            if "month" in p and "day" in p else _tr("这个日期不存在，请检查月和日。")
        ),
        "date_future": lambda: _tr("生日不能晚于今天。"),
        "date_required": lambda: _tr("请填写日期。"),
        "therapist_inactive": lambda: _tr("%1 已停用，不能再分配新客户。")
        .replace("%1", str(p.get("name", ""))),
        "staff_missing": lambda: _tr("所选员工不存在。"),
        "referrer_self": lambda: _tr("介绍人不能是客户本人。"),
        "referrer_missing": lambda: _tr("介绍人不存在。"),
        "percent_invalid": lambda: _tr("提成比例应为 0–100 之间的百分数。"),
        "choice_invalid": lambda: _tr("选项无效。"),
    }
    make = texts.get(error.code)
    return make() if make else str(error)


def choice_label(label: str) -> str:
    """A label from `salon.choices`, translated."""
    return QCoreApplication.translate("choices", label)

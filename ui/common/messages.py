"""User-facing sentences for the domain's validation errors, translated with tr()."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon.errors import ValidationError
from ui.common.labels import amount_text


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("messages", …) so lupdate finds them."""
    return QCoreApplication.translate("messages", text)


translate = QCoreApplication.translate


def error_text(error: ValidationError) -> str:
    """The error as one sentence in the user's language."""
    p = error.params
    texts = {
        "name_required": lambda: translate("messages", "请填写姓名。"),
        "name_too_long": lambda: translate("messages", "姓名太长。"),
        "phone_invalid": lambda: translate("messages", "电话号码“%1”格式不对：手机应为 11 位数字，座机请带区号。")
        .replace("%1", str(p.get("value", ""))),
        "phone_duplicate": lambda: translate("messages", "电话 %1 已登记在客户“%2”名下。")
        .replace("%1", str(p.get("phone", ""))).replace("%2", str(p.get("client_name", ""))),
        "date_invalid": lambda: (
            translate("messages", "%1 月 %2 日这一天不存在，请检查月和日。").replace("%1", str(p["month"]))
            .replace("%2", str(p["day"]))
            if "month" in p and "day" in p else translate("messages", "这个日期不存在，请检查月和日。")
        ),
        "date_invalid_lunar": lambda: _date_invalid_lunar(p),
        "date_future": lambda: (
            translate("messages", "到店时间不能晚于现在。") if error.field == "visited_at"
            else translate("messages", "生日不能晚于今天。")
        ),
        "date_required": lambda: translate("messages", "请填写日期。"),
        "therapist_inactive": lambda: translate("messages", "%1 已停用，不能再分配新客户。")
        .replace("%1", str(p.get("name", ""))),
        "staff_missing": lambda: translate("messages", "所选员工不存在。"),
        "therapist_required": lambda: translate("messages", "请选择接手的美容师。"),
        "holiday_invalid": lambda: translate("messages", "节日“%1”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”"
                                       "或“名称|weekday:5-2-6”。").replace("%1", str(p.get("line", ""))),
        "days_invalid": lambda: translate("messages", "天数或次数应在 0–3660 之间。"),
        "abc_invalid": lambda: translate("messages", "ABC 分类的两个比例应满足 0 < A < B ≤ 100。"),
        "month_invalid": lambda: translate("messages", "月份应写成 年-月，例如 2026-10。"),
        "period_invalid": lambda: translate("messages", "结束日期不能早于开始日期。"),
        "date_not_later": lambda: translate("messages", "请选一个以后的日期。"),
        "client_missing": lambda: translate("messages", "这位客户不存在。"),
        "complaint_closed": lambda: translate("messages", "这条投诉已经处理过了。"),
        "resolution_required": lambda: translate("messages", "请写明怎么解决的。"),
        "referrer_self": lambda: translate("messages", "介绍人不能是客户本人。"),
        "referrer_missing": lambda: translate("messages", "介绍人不存在。"),
        "percent_invalid": lambda: translate("messages", "提成比例应为 0–100 之间的百分数。"),
        "choice_invalid": lambda: translate("messages", "选项无效。"),
        # visits and packages (F4, F5)
        "visit_empty": lambda: translate("messages", "请至少添加一个项目或产品。"),
        "payments_mismatch": lambda: _payments_mismatch(p),
        "package_insufficient": lambda: (
            translate("messages", "“%1”只剩 %2 次，不够扣 %3 次。").replace("%1", str(p["name"]))
            .replace("%2", str(p["left"]))
            .replace("%3", str(p["wanted"])) if {"name", "left",
                                                 "wanted"} <= p.keys() else translate("messages", "卡内剩余不足。")
        ),
        "package_not_covering": lambda: (
            translate("messages", "“%1”不包含“%2”，请改为现付或换一张卡。").replace("%1", str(p["name"]))
            .replace("%2", str(p["service"]))
            if {"name", "service"} <= p.keys() else translate("messages", "产品不能用次卡抵扣。")
        ),
        "package_expired": lambda: translate("messages", "“%1”已过期，不能再用。")
        .replace("%1", str(p.get("name", ""))),
        "package_closed": lambda: translate("messages", "“%1”已过期或已退卡，不能再用。")
        .replace("%1", str(p.get("name", ""))),
        "package_closed_in_visit": lambda: translate("messages", "“%1”已过期或已退卡，"
                                                                 "这条记录里从这张卡扣的部分不能再修改或作废。")
        .replace("%1", str(p.get("name", ""))),
        "package_no_expiry": lambda: translate("messages", "“%1”长期有效，不需要延期。")
        .replace("%1", str(p.get("name", ""))),
        "expiry_not_later": lambda: translate("messages", "新的到期日要晚于原到期日 %1。")
        .replace("%1", str(p.get("old", ""))),
        "expiry_in_past": lambda: translate("messages", "新的到期日 %1 已经过去了。")
        .replace("%1", str(p.get("date", ""))),
        "period_ended": lambda: translate("messages", "“%1”购买的期限已用完，没有可退的部分。")
        .replace("%1", str(p.get("name", ""))),
        "package_not_started": lambda: translate("messages", "“%1”还没到开始日期。")
        .replace("%1", str(p.get("name", ""))),
        "package_other_client": lambda: translate("messages", "“%1”不是这位客户的卡。")
        .replace("%1", str(p.get("name", ""))),
        "balance_insufficient": lambda: (
            translate("messages", "“%1”余额 %2 元，不够支付 %3 元。").replace("%1", str(p["name"]))
            .replace("%2", amount_text(int(p["balance"]))).replace("%3", amount_text(int(p["wanted"])))
            if {"name", "balance", "wanted"} <= p.keys() else translate("messages", "储值卡余额不足。")
        ),
        "amount_invalid": lambda: translate("messages", "金额“%1”无效：应为不小于 0 的数，最多两位小数。")
        .replace("%1", str(p.get("text", ""))),
        "amount_required": lambda: translate("messages", "请填写金额。"),
        "amount_negative": lambda: translate("messages", "金额不能为负数。"),
        "quantity_invalid": lambda: translate("messages", "数量应为 1–%1。").replace("%1", str(p.get("limit", 500))),
        "discount_too_large": lambda: translate("messages", "优惠不能超过金额。"),
        "satisfaction_invalid": lambda: translate("messages", "满意度应为 1–5。"),
        "reason_required": lambda: translate("messages", "请写明原因。"),
        "visit_void": lambda: translate("messages", "这条记录已作废，不能再修改。"),
        "visit_client_changed": lambda: translate("messages", "不能把记录改到另一位客户名下，请作废后重新登记。"),
        # catalogue and package sales (F4)
        "followup_invalid": lambda: translate("messages", "回访天数应为 1–365 的天数，用逗号分开，例如 1,7。"),
        "duration_invalid": lambda: translate("messages", "时长应为 0–1440 分钟。"),
        "sessions_required": lambda: translate("messages", "次卡要填写次数（至少 1 次）。"),
        "sessions_invalid": lambda: translate("messages", "次数应为 1–10000，赠送次数不能为负数。"),
        "validity_required": lambda: translate("messages", "年卡/月卡要填写有效天数（如 365 或 30）。"),
        "validity_invalid": lambda: translate("messages", "有效天数应为 1–3660 天。"),
        "services_required": lambda: translate("messages", "请勾选这张卡可以做的项目。"),
        "plan_required": lambda: translate("messages", "请选择卡项。"),
        "plan_inactive": lambda: translate("messages", "“%1”已停售。").replace("%1", str(p.get("name", ""))),
        "payment_method_invalid": lambda: translate("messages", "付款方式无效。"),
        "package_kind_invalid": lambda: translate("messages", "这类卡不能这样操作：次卡只调次数，储值卡只调金额，"
                                                              "年卡/月卡请另售新卡。"),
        "adjustment_empty": lambda: translate("messages", "调整数量不能为 0。"),
        "name_duplicate": lambda: translate("messages", "已有一个在用的“%1”，请换个名称或先停用那一个。")
        .replace("%1", str(p.get("name", ""))),
        "text_too_long": lambda: translate("messages", "最多 %1 个字。").replace("%1", str(p.get("limit", ""))),
        "code_invalid": lambda: translate("messages", "简码应为 1–%1 个字母或数字。")
        .replace("%1", str(p.get("limit", ""))),
        "code_duplicate": lambda: translate("messages", "简码“%1”已被另一个在售项目或产品使用。")
        .replace("%1", str(p.get("taken", ""))),
        # importing an old client list (F9)
        "import_unreadable": lambda: translate("messages", "打不开文件 %1。").replace("%1", str(p.get("file", ""))),
        "import_empty": lambda: translate("messages", "文件 %1 是空的。").replace("%1", str(p.get("file", ""))),
        "import_old_xls": lambda: translate("messages", "%1 是旧版 Excel（.xls）文件："
                                                        "请在 Excel 里“另存为 .xlsx”后再导入。")
        .replace("%1", str(p.get("file", ""))),
        "import_password": lambda: translate("messages", "%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。")
        .replace("%1", str(p.get("file", ""))),
        "import_not_spreadsheet": lambda: translate("messages", "%1 不是能读的 Excel 工作簿或 CSV 文件。")
        .replace("%1", str(p.get("file", ""))),
        "import_sheet_missing": lambda: translate("messages", "文件里没有名为“%1”的工作表。")
        .replace("%1", str(p.get("name", ""))),
        "import_no_header": lambda: translate("messages", "找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）"
                                                          "。"
                                        "请在下一步指定表头所在的行。"),
        "import_name_missing": lambda: translate("messages", "没有姓名。"),
        "import_phone_conflict": lambda: translate("messages", "这一行的电话分别属于两位不同的客户，"
                                                               "请先核对是哪一位。"),
        "import_date_invalid": lambda: translate("messages", "生日“%1”看不懂：请写成 1985-03-12、1985.3.12、"
                                                             "3月12日或农历八月十五。")
        .replace("%1", str(p.get("value", ""))),
        # safe keeping (F10)
        "not_allowed": lambda: translate("messages", "%1 没有这项操作的权限，请老板登录后再做。")
        .replace("%1", str(p.get("name", ""))),
        "pin_invalid": lambda: translate("messages", "密码应为 4–8 位数字。"),
        "pin_mismatch": lambda: translate("messages", "两次输入的密码不一样。"),
        "pin_wrong": lambda: translate("messages", "密码不对，还可以再试 %1 次。")
        .replace("%1", str(p.get("left", ""))),
        "pin_locked": lambda: translate("messages", "密码错误次数太多，请在 %1 后再试。")
        .replace("%1", str(p.get("until", ""))),
        "pin_missing": lambda: translate("messages", "%1 还没有设置密码，请老板在“美容师/员工”里为她设置。")
        .replace("%1", str(p.get("name", ""))),
        "staff_inactive": lambda: translate("messages", "%1 已停用。").replace("%1", str(p.get("name", ""))),
        "consent_required": lambda: translate("messages", "过敏、禁忌和皮肤问题属于敏感个人信息："
                                                          "请先取得客户的单独同意，"
                                        "勾选“客户已同意”后再保存。"),
        "reminder_other_client": lambda: translate("messages", "这条提醒不是这位客户的。"),
        "consent_withdrawn": lambda: translate("messages", "客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。"),
        "backup_invalid": lambda: translate("messages", "%1 不能用来恢复：它不是客情管家的完好备份（%2）。")
        .replace("%1", str(p.get("file", ""))).replace("%2", str(p.get("reason", ""))),
        "amount_absurd": lambda: translate("messages", "金额 %1 元超过 %2 元，请检查是否多输了几位。")
        .replace("%1", amount_text(int(p.get("amount", 0)))).replace("%2", amount_text(int(p.get("limit", 0)))),
        # hostile input (issue 12): what no screen sends, but a script, an import or a bug can
        "text_invalid": lambda: translate("messages", "文字里有无法保存的控制字符或文字方向符号，请删掉后重新输入。"),
        "date_out_of_range": lambda: translate("messages", "日期应在 %1 年到 %2 年之间。")
        .replace("%1", str(p.get("first", 1900)))
        .replace("%2", str(p.get("last", 2100))),
        "package_missing": lambda: translate("messages", "所选的卡不存在。"),
        "leap_month_invalid": lambda: _leap_month_invalid(p),
    }
    make = texts.get(error.code)
    return make() if make else str(error)


def _date_invalid_lunar(p: dict) -> str:
    """In lunar words, as the client says her birthday: 农历2023年闰二月没有三十."""
    from salon.clients.birthdays import lunar_day_name, lunar_month_name

    month = lunar_month_name(int(p["month"]), bool(p["leap"]))
    if not p.get("days"):
        return translate("messages", "农历%1年没有%2。").replace("%1", str(p["year"])).replace("%2", month)
    day = lunar_day_name(int(p["day"]))
    return (translate("messages", "农历%1年%2没有%3（这个月只有%4天）。").replace("%1", str(p["year"]))
            .replace("%2", month)
            .replace("%3", day).replace("%4", str(p["days"])))


def _leap_month_invalid(p: dict) -> str:
    """A leap month that no year from 1900 to 2100 has (闰正月), or not with that day (闰二月三十)."""
    from salon.clients.birthdays import lunar_date_text, lunar_month_name

    missing = (lunar_date_text(int(p["month"]), int(p["day"]), True, marked=False) if p.get("days")
               else lunar_month_name(int(p["month"]), True))
    return translate("messages", "1900–2100 年间没有%1，请检查月份或填上出生年份。").replace("%1", missing)


def _payments_mismatch(p: dict) -> str:
    if not {"due", "paid"} <= p.keys():
        return translate("messages", "付款合计与应付金额不符。")
    due, paid = int(p["due"]), int(p["paid"])
    text = (translate("messages", "付款合计 %1 元，应付 %2 元，").replace("%1", amount_text(paid))
            .replace("%2", amount_text(due)))
    if paid < due:
        return text + translate("messages", "还差 %1 元。").replace("%1", amount_text(due - paid))
    return text + translate("messages", "多了 %1 元。").replace("%1", amount_text(paid - due))


def choice_label(label: str) -> str:
    """A label from `salon.choices`, translated."""
    return QCoreApplication.translate("choices", label)

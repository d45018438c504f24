"""What each column of an old client list holds: headers in Simplified Chinese, Traditional Chinese or English
recognised by their synonyms, the header row found among the first rows (title rows, blank rows above it), and
the sheet that looks most like a client list.

A column whose header is not recognised is kept in the client's notes under its own header (NOTE), never
dropped silently; the user can still map it to a field or leave it out (SKIP).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from salon.imports.sources import Row, SourceFile, SourceSheet
from salon.words import QT_TRANSLATE_NOOP, translate

NOTE = "note"  # kept in the notes as "header: value"
SKIP = "skip"  # left out on purpose

# Field keys with the label the mapping shows (source text: word("imports", label) in the chosen language), in the
# order a dropdown lists them.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("imports", "姓名"), "phone": QT_TRANSLATE_NOOP("imports", "电话"),
    "phone2": QT_TRANSLATE_NOOP("imports", "第二个电话"), "birthday": QT_TRANSLATE_NOOP("imports", "生日"),
    "lunar_birthday": QT_TRANSLATE_NOOP("imports", "农历生日"), "gender": QT_TRANSLATE_NOOP("imports", "性别"),
    "skin_type": QT_TRANSLATE_NOOP("imports", "肤质"), "allergies": QT_TRANSLATE_NOOP("imports", "过敏"),
    "address": QT_TRANSLATE_NOOP("imports", "地址"), "community": QT_TRANSLATE_NOOP("imports", "社区"),
    "wechat": QT_TRANSLATE_NOOP("imports", "微信"), "occupation": QT_TRANSLATE_NOOP("imports", "职业"),
    "therapist": QT_TRANSLATE_NOOP("imports", "美容师"), "tags": QT_TRANSLATE_NOOP("imports", "标签"),
    "notes": QT_TRANSLATE_NOOP("imports", "备注"), "cards": QT_TRANSLATE_NOOP("imports", "卡项/余额（记入备注）"),
    NOTE: QT_TRANSLATE_NOOP("imports", "其他（记入备注）"), SKIP: QT_TRANSLATE_NOOP("imports", "不导入"),
}
# A field that more than one column may feed (their values are joined); the others take one column each.
REPEATABLE = frozenset({"allergies", "tags", "notes", "cards", NOTE, SKIP})

SYNONYMS = {
    "name": ("姓名", "顾客姓名", "顧客姓名", "客户姓名", "客戶姓名", "会员姓名", "會員姓名", "客人姓名", "名字", "客户",
             "客戶", "顾客", "顧客", "会员", "會員", "客人", "name", "fullname", "clientname", "customername",
             "client", "customer", "membername"),
    "phone": ("电话", "電話", "手机", "手機", "手机号", "手機號", "手机号码", "手機號碼", "联系电话", "聯絡電話",
              "聯繫電話", "联系方式", "聯絡方式", "电话号码", "電話號碼", "移动电话", "行動電話", "mobile", "phone",
              "tel", "telephone", "cell", "mobilephone", "phonenumber", "mobilenumber", "contactnumber"),
    "phone2": ("电话2", "電話2", "备用电话", "備用電話", "座机", "座機", "其他电话", "其他電話", "家庭电话", "家庭電話",
               "phone2", "secondphone", "homephone", "landline", "otherphone"),
    "birthday": ("生日", "出生日期", "出生年月", "出生年月日", "公历生日", "國曆生日", "阳历生日", "陽曆生日",
                 "dateofbirth", "dob", "birthday", "birthdate", "born"),
    "lunar_birthday": ("农历生日", "農曆生日", "阴历生日", "陰曆生日", "lunarbirthday"),
    "gender": ("性别", "性別", "gender", "sex"),
    "skin_type": ("肤质", "膚質", "皮肤类型", "皮膚類型", "肌肤类型", "肌膚類型", "皮肤性质", "皮肤", "皮膚",
                  "skintype", "skin"),
    "allergies": ("过敏", "過敏", "过敏史", "過敏史", "过敏原", "過敏原", "过敏物", "allergies", "allergy"),
    "address": ("地址", "住址", "家庭住址", "联系地址", "聯絡地址", "通讯地址", "通訊地址", "居住地址", "address",
                "homeaddress"),
    "community": ("社区", "社區", "小区", "小區", "所在小区", "片区", "community", "neighbourhood", "neighborhood",
                  "area", "estate"),
    "wechat": ("微信", "微信号", "微信號", "wechat", "wechatid", "weixin"),
    "occupation": ("职业", "職業", "工作单位", "工作單位", "单位", "單位", "occupation", "job", "profession"),
    "therapist": ("美容师", "美容師", "专属美容师", "專屬美容師", "负责美容师", "負責美容師", "技师", "技師", "顾问",
                  "顧問", "服务美容师", "therapist", "beautician", "stylist", "esthetician", "aesthetician"),
    "tags": ("标签", "標籤", "类别", "類別", "客户类别", "会员等级", "會員等級", "tags", "tag", "category"),
    "notes": ("备注", "備註", "说明", "說明", "注意事项", "注意事項", "notes", "note", "remarks", "remark",
              "comment", "comments"),
    "cards": ("卡项", "卡項", "余额", "餘額", "储值余额", "儲值餘額", "卡内余额", "卡內餘額", "疗程卡", "療程卡",
              "次卡", "会员卡", "會員卡", "储值卡", "儲值卡", "剩余次数", "剩餘次數", "cards", "card", "balance",
              "package", "packages"),
}
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_NOISE = re.compile(r"[\s:：*＊#№.。_\-/]+")
_LOOKUP = {word: field for field, words in SYNONYMS.items() for word in words}
# Words that name a field only as the whole header: inside a longer one they mean something else (客户编号 is a
# number, not a name; "hotel" is no telephone).
_WHOLE_ONLY = frozenset({"客户", "客戶", "顾客", "顧客", "会员", "會員", "客人", "client", "customer", "cell", "tel",
                         "area", "job", "card", "born", "sex", "skin", "tag", "note", "皮肤", "皮膚", "单位", "單位"})
_BY_LENGTH = sorted((word for word in _LOOKUP if len(word) >= 2 and word not in _WHOLE_ONLY), key=len, reverse=True)
# Row numbers of the old list: nothing to keep.
_ROW_NUMBERS = frozenset({"序号", "序號", "no", "行号", "行號", "number", "nr"})
HEADER_SEARCH_ROWS = 30
MIN_RECOGNISED = 2


def header_key(text: object) -> str:
    """A header as compared: folded (full width, case), without bracketed remarks, spaces and punctuation."""
    folded = unicodedata.normalize("NFKC", str(text or "")).lower()
    return _NOISE.sub("", _BRACKETED.sub("", folded))


def field_for_header(text: object) -> str | None:
    """The field a header names: an exact synonym, else the longest synonym it contains (客户姓名（必填）,
    "Mobile No."); None when it names none."""
    key = header_key(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    for word in _BY_LENGTH:
        if word in key:
            return _LOOKUP[word]
    return None


@dataclass(frozen=True)
class HeaderGuess:
    sheet: str
    row: int  # the header's row number as the file numbers it; 0 when none was found
    mapping: tuple[str, ...]  # a field key per column
    recognised: int

    @property
    def found(self) -> bool:
        return self.row > 0


def guess_mapping(header: Row) -> tuple[str, ...]:
    """A field per column of the header row: recognised headers first come first served (a second phone column
    becomes the second phone), everything else is kept in notes."""
    mapping: list[str] = []
    taken: set[str] = set()
    for cell in header:
        field = field_for_header(cell)
        if field == "lunar_birthday" and "birthday" in taken or field == "birthday" and "lunar_birthday" in taken:
            field = NOTE
        if field == "phone" and "phone" in taken:
            field = "phone2"
        if field is None or (field in taken and field not in REPEATABLE):
            field = NOTE if header_key(cell) and header_key(cell) not in _ROW_NUMBERS else SKIP
        taken.add(field)
        mapping.append(field)
    return tuple(mapping)


def _recognised(mapping: tuple[str, ...]) -> int:
    return sum(1 for field in mapping if field not in (NOTE, SKIP))


def guess_header(sheet: SourceSheet) -> HeaderGuess:
    """The row among the first ones that names most fields, including the name (a title row or two above it is
    passed over); row 0 when no row names the name and at least one other field."""
    best = HeaderGuess(sheet.name, 0, (), 0)
    for number, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        if not row:
            continue
        mapping = guess_mapping(row)
        recognised = _recognised(mapping)
        if "name" in mapping and recognised >= MIN_RECOGNISED and recognised > best.recognised:
            best = HeaderGuess(sheet.name, number, mapping, recognised)
    return best


def choose_sheet(source: SourceFile) -> HeaderGuess:
    """The sheet that looks most like a client list (the most recognised headers; the first on a tie)."""
    guesses = [guess_header(sheet) for sheet in source.sheets]
    found = [guess for guess in guesses if guess.found]
    if not found:
        return guesses[0] if guesses else HeaderGuess("", 0, (), 0)
    return max(found, key=lambda guess: (guess.recognised, -guesses.index(guess)))


def choices_for(source: SourceFile, sheet: str | None = None) -> HeaderGuess:
    """The guess for the named sheet (ValidationError import_sheet_missing when there is none by that name), or
    for the sheet that looks most like a client list; ValidationError import_no_header when no row of it names
    the name and another field."""
    from salon.errors import ValidationError

    guess = guess_header(source.sheet(sheet)) if sheet else choose_sheet(source)
    if not guess.found:
        message = (translate("errors",
                             "在工作表“%1”的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。")
                   if guess.sheet else
                   translate("errors",
                             "在文件的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。"))
        raise ValidationError("import_no_header", message, guess.sheet, HEADER_SEARCH_ROWS, field="sheet",
                              sheet=guess.sheet)
    return guess

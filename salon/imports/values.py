"""Cell values of an old client list made into what a client file stores: phones, birthdays (solar or lunar,
however they were written), skin types, genders. Each function takes the raw cell (text, number, date) and
raises ValidationError with the reason a row is refused; words it cannot place come back as leftovers, which
the import keeps in the client's notes."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from salon.clients.birthdays import LUNAR, SOLAR, make_birthday
from salon.clients.profiles import BirthdayInput
from salon.errors import ValidationError
from salon.phones import normalize_phone
from salon.words import translate

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO, whitespace collapsed, control characters out."""
    if value is None:
        return ""
    if type(value) is str:  # most cells: checked first
        return " ".join((_CONTROL.sub(" ", value) if _CONTROL.search(value) else value).split())
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(_CONTROL.sub(" ", str(value)).split())


# --- phones ----------------------------------------------------------------------------------------------
_PHONE_SPLIT = re.compile(r"[/,;，；、|\n\r]+|\s+(?:或|or)\s+|\s{2,}")
_PHONE_LABEL = re.compile(r"[\u3400-\u9fff]+[:：]?|[a-zA-Z]+[:：.]\s*")


def parse_phones(value: object) -> list[str]:
    """Every phone number in the cell in its stored form ('13812345678 / 0755-1234567', '+86 138…', a number
    cell); [] for an empty cell. Raises ValidationError phone_invalid naming the piece that is no number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value)) if float(value).is_integer() else str(value)
    text = cell_text(value)
    found: list[str] = []
    for piece in _PHONE_SPLIT.split(unicodedata.normalize("NFKC", text)):
        piece = _PHONE_LABEL.sub(" ", piece).strip()
        if not piece:
            continue
        try:
            numbers = [normalize_phone(piece)]
        except ValidationError:
            parts = piece.split()
            if len(parts) < 2:
                raise
            try:  # two numbers with one space between them
                numbers = [normalize_phone(part) for part in parts]
            except ValidationError:
                raise ValidationError("phone_invalid", translate("errors", "电话号码“%1”格式不对。"), piece,
                                      field="phone", value=piece) from None
        found.extend(number for number in numbers if number not in found)
    return found


# --- birthdays --------------------------------------------------------------------------------------------
_LUNAR_MARKERS = re.compile(r"农历|農曆|农|阴历|陰曆|旧历|舊曆|lunar|\(阴\)|\(农\)", re.IGNORECASE)
_SOLAR_MARKERS = re.compile(r"公历|公曆|阳历|陽曆|国历|國曆|新历|新曆|solar", re.IGNORECASE)
_CHINESE_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                   "十一": 11, "冬": 11, "十二": 12, "腊": 12, "臘": 12}
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LUNAR_WORDS = re.compile(
    r"(?:(\d{2,4})\s*年)?\s*(闰|閏)?\s*(十[一二]|[正一二三四五六七八九十冬腊臘]|\d{1,2})\s*月\s*"
    r"(初[一二三四五六七八九十]|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九]|\d{1,2})\s*[日号號]?")
_YMD = re.compile(r"(\d{4}|\d{2})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*[日号號]?")
_MD = re.compile(r"(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*[日号號]?")
_DMY = re.compile(r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_ENGLISH_MONTHS = {name: number for number, names in enumerate((
    (), ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"))) for name in names}
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*[- ]\s*([a-z]+)\.?\s*[- ,]?\s*(\d{2,4})?")
_MONTH_NAME_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?")
EXCEL_SERIAL_RANGE = (1, 80_000)  # 1900-01-01 to 2119: an Excel date cell that lost its format


def _full_year(year: int, today: date) -> int:
    """'85' is 1985 and '05' 2005 (a two-digit year after this year's is the last century's)."""
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


def _lunar_day(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("初"):
        return 10 if text[1] == "十" else _CHINESE_DIGITS[text[1]]
    if text == "三十":
        return 30
    if text.startswith("廿"):
        return 20 + _CHINESE_DIGITS[text[1]]
    if text.startswith("二十"):
        return 20 + (_CHINESE_DIGITS[text[2]] if len(text) > 2 else 0)
    if text.startswith("十"):
        return 10 + (_CHINESE_DIGITS[text[1]] if len(text) > 1 else 0)
    return _CHINESE_DIGITS[text]


def _invalid_date(text: str) -> ValidationError:
    return ValidationError("import_date_invalid", translate("errors", "生日“%1”看不懂：请写成 1985-03-12、1985.3.12、"
                                                                 "3月12日或农历八月十五。"), text, field="birthday",
                           value=text)


def parse_birthday(value: object, *, lunar: bool = False, today: date | None = None) -> BirthdayInput:
    """A birthday cell as the client file keeps it (calendar, year if known, month, day, leap month). `lunar`:
    the column holds lunar dates (农历生日). Empty input gives an empty BirthdayInput. Raises ValidationError for
    what is no date (import_date_invalid) or a date that does not exist (date_invalid, date_invalid_lunar,
    date_future)."""
    today = today or date.today()
    parts = _birthday_parts(value, lunar, today)
    if parts is None:
        return BirthdayInput()
    calendar_kind, year, month, day, leap = parts
    birthday = make_birthday(calendar_kind, year, month, day, leap, field="birthday", today=today)
    return BirthdayInput.of(birthday)


def _birthday_parts(value: object, lunar: bool, today: date) -> tuple[str, int | None, int, int, bool] | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return (LUNAR if lunar else SOLAR), value.year, value.month, value.day, False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value)
        if 19000101 <= number <= 21001231:
            value = str(number)
        elif EXCEL_SERIAL_RANGE[0] <= number <= EXCEL_SERIAL_RANGE[1]:
            from openpyxl.utils.datetime import from_excel

            moment = from_excel(number)
            return (LUNAR if lunar else SOLAR), moment.year, moment.month, moment.day, False
        else:
            raise _invalid_date(str(value))
    original = cell_text(value)
    text = unicodedata.normalize("NFKC", original).lower()
    if _LUNAR_MARKERS.search(text):
        lunar = True
        text = _LUNAR_MARKERS.sub(" ", text)
    text = _SOLAR_MARKERS.sub(" ", text)
    text = re.sub(r"[()\[\]（）【】:：]", " ", text).strip()
    text = re.sub(r"(出生|生日|生)$", "", text).strip()
    calendar_kind = LUNAR if lunar else SOLAR
    if match := _COMPACT.fullmatch(text):
        return calendar_kind, int(match[1]), int(match[2]), int(match[3]), False
    if match := _YMD.fullmatch(text):
        return calendar_kind, _full_year(int(match[1]), today), int(match[2]), int(match[3]), False
    if match := _DMY.fullmatch(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (first, second) if first > 12 or second <= 12 else (second, first)  # day first unless it can't be
        return calendar_kind, year, month, day, False
    if match := _MD.fullmatch(text):
        return calendar_kind, None, int(match[1]), int(match[2]), False
    if match := _LUNAR_WORDS.fullmatch(text):
        year = _full_year(int(match[1]), today) if match[1] else None
        month_word = match[3]
        month = int(month_word) if month_word.isdigit() else _CHINESE_MONTHS[month_word]
        written_in_words = not (month_word.isdigit() and match[4].isdigit())
        return (LUNAR if lunar or written_in_words else SOLAR), year, month, _lunar_day(match[4]), bool(match[2])
    for pattern, day_group, month_group in ((_DAY_MONTH_NAME, 1, 2), (_MONTH_NAME_DAY, 2, 1)):
        if (match := pattern.fullmatch(text)) and match[month_group] in _ENGLISH_MONTHS:
            year = _full_year(int(match[3]), today) if match[3] else None
            return calendar_kind, year, _ENGLISH_MONTHS[match[month_group]], int(match[day_group]), False
    raise _invalid_date(original)


# --- fixed choices -----------------------------------------------------------------------------------------
_SKIN_WORDS = {
    "dry": ("干性", "乾性", "干皮", "乾皮", "干", "乾", "干性皮肤", "乾性皮膚", "干性肌肤", "dry"),
    "oily": ("油性", "油皮", "油", "油性皮肤", "油性皮膚", "油性肌肤", "oily"),
    "combination": ("混合性", "混合", "混合皮", "混合型", "混油", "混干", "混乾", "混合偏油", "混合偏干", "混合偏乾",
                    "混合性皮肤", "混合性皮膚", "combination", "combo", "mixed"),
    "normal": ("中性", "中性皮肤", "中性皮膚", "正常", "normal"),
    "sensitive": ("敏感", "敏感性", "敏感肌", "敏感皮", "敏感性皮肤", "敏感性皮膚", "sensitive"),
}
_SKIN_EXACT = {word: key for key, words in _SKIN_WORDS.items() for word in words}
# Looked for inside longer words, most telling first (混合偏油 is combination skin, not oily).
_SKIN_CONTAINED = (("混", "combination"), ("combination", "combination"), ("敏感", "sensitive"),
                   ("sensitive", "sensitive"), ("油", "oily"), ("oily", "oily"), ("干", "dry"), ("乾", "dry"),
                   ("dry", "dry"), ("中性", "normal"), ("normal", "normal"))


def skin_type(value: object) -> tuple[str, str]:
    """(the app's skin type key or '', words to keep in the notes): an exact synonym maps silently; a longer
    description maps by its telling word and is kept in the notes as written; unknown words only in the notes."""
    text = cell_text(value)
    key = unicodedata.normalize("NFKC", text).lower().replace(" ", "")
    if not key:
        return "", ""
    if key in _SKIN_EXACT:
        return _SKIN_EXACT[key], ""
    for word, skin in _SKIN_CONTAINED:
        if word in key:
            return skin, text
    return "", text


_GENDERS = {"F": ("女", "女士", "女性", "小姐", "f", "female", "woman", "w", "ms", "mrs", "miss"),
            "M": ("男", "男士", "男性", "先生", "m", "male", "man", "mr")}
_GENDER_EXACT = {word: key for key, words in _GENDERS.items() for word in words}


def gender(value: object) -> tuple[str, str]:
    """('F', 'M' or '', words to keep in the notes when they name neither)."""
    text = cell_text(value)
    key = unicodedata.normalize("NFKC", text).lower().replace(" ", "").rstrip(".")
    if not key:
        return "", ""
    return (_GENDER_EXACT[key], "") if key in _GENDER_EXACT else ("", text)

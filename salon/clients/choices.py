"""Fixed choices of the client file, stored by key.

Labels are Simplified Chinese source texts; the UI translates them with
QCoreApplication.translate("choices", label) and the command line with salon.words.word("choices", label); the
QT_TRANSLATE_NOOP marks let Qt's lupdate collect them. A value that is not a key (an "other" typed by the user) is kept
as the user wrote it and shown as is.
"""
from __future__ import annotations

from salon.words import QT_TRANSLATE_NOOP

CONTEXT = "choices"

GENDERS = {
    "F": QT_TRANSLATE_NOOP("choices", "女"),
    "M": QT_TRANSLATE_NOOP("choices", "男"),
}
SKIN_TYPES = {
    "dry": QT_TRANSLATE_NOOP("choices", "干性"),
    "oily": QT_TRANSLATE_NOOP("choices", "油性"),
    "combination": QT_TRANSLATE_NOOP("choices", "混合性"),
    "normal": QT_TRANSLATE_NOOP("choices", "中性"),
    "sensitive": QT_TRANSLATE_NOOP("choices", "敏感性"),
}
SKIN_CONCERNS = {
    "acne": QT_TRANSLATE_NOOP("choices", "痘痘/粉刺"),
    "pigmentation": QT_TRANSLATE_NOOP("choices", "色斑"),
    "wrinkles": QT_TRANSLATE_NOOP("choices", "皱纹"),
    "dehydration": QT_TRANSLATE_NOOP("choices", "缺水"),
    "redness": QT_TRANSLATE_NOOP("choices", "红血丝"),
    "pores": QT_TRANSLATE_NOOP("choices", "毛孔粗大"),
    "dullness": QT_TRANSLATE_NOOP("choices", "暗沉"),
    "sagging": QT_TRANSLATE_NOOP("choices", "松弛"),
    "dark_circles": QT_TRANSLATE_NOOP("choices", "黑眼圈"),
    "sensitivity": QT_TRANSLATE_NOOP("choices", "易过敏"),
}
CONVERSATION = {
    "chatty": QT_TRANSLATE_NOOP("choices", "爱聊天"),
    "quiet": QT_TRANSLATE_NOOP("choices", "喜欢安静"),
}
CONTACT_CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("choices", "电话"),
    "wechat": QT_TRANSLATE_NOOP("choices", "微信"),
    "sms": QT_TRANSLATE_NOOP("choices", "短信"),
}
REFERRAL_SOURCES = {
    "walk_in": QT_TRANSLATE_NOOP("choices", "路过进店"),
    "referral": QT_TRANSLATE_NOOP("choices", "老顾客介绍"),
    "online": QT_TRANSLATE_NOOP("choices", "网络（大众点评/美团/小红书）"),
    "wechat": QT_TRANSLATE_NOOP("choices", "微信/朋友圈"),
    "flyer": QT_TRANSLATE_NOOP("choices", "传单/活动"),
}
RELATIONS = {
    "spouse": QT_TRANSLATE_NOOP("choices", "配偶"),
    "child": QT_TRANSLATE_NOOP("choices", "子女"),
    "parent": QT_TRANSLATE_NOOP("choices", "父母"),
    "sibling": QT_TRANSLATE_NOOP("choices", "兄弟姐妹"),
    "other": QT_TRANSLATE_NOOP("choices", "其他"),
}
EVENT_KINDS = {
    "wedding": QT_TRANSLATE_NOOP("choices", "结婚"),
    "childbirth": QT_TRANSLATE_NOOP("choices", "生子"),
    "anniversary": QT_TRANSLATE_NOOP("choices", "纪念日"),
    "illness": QT_TRANSLATE_NOOP("choices", "生病"),
    "bereavement": QT_TRANSLATE_NOOP("choices", "丧事"),
    "other": QT_TRANSLATE_NOOP("choices", "其他"),
}
ROLES = {
    "therapist": QT_TRANSLATE_NOOP("choices", "美容师"),
    "front_desk": QT_TRANSLATE_NOOP("choices", "前台"),
    "manager": QT_TRANSLATE_NOOP("choices", "店长"),
    "owner": QT_TRANSLATE_NOOP("choices", "老板"),
}


def label(table: dict[str, str], value: str) -> str:
    """The Chinese label of a stored value; a free-text 'other' value is returned unchanged."""
    return table.get(value, value)


def key_for(table: dict[str, str], text: str) -> str:
    """The stored value for what the user picked or typed: a key when it names one, else the text."""
    text = (text or "").strip()
    if text in table:
        return text
    for key, chinese in table.items():
        if chinese == text:
            return key
    return text

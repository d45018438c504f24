"""Demo data: a believable salon (staff, clients, their families and history) for trying the app out.

The same seed and the same `today` always give the same data, so a screenshot, a test or a bug
report can be reproduced. Rows are written in bulk (one prepared INSERT per table and batch, all in
one transaction) because 100,000 clients must generate in seconds; every column is filled exactly as
`salon.clients.save_client` would fill it (search keys, pinyin sort key, normalised tags, birthday
columns), so a demo client behaves like one typed in at the counter.

To extend the demo (services, packages, visits in later issues): add a `_build_*` step that appends
rows to the `_Writer`, a counter to `DemoSummary` (with its label in `DemoSummary.rows`), and the
table to `_DATA_TABLES`.
"""
from __future__ import annotations

import bisect
import calendar
import itertools
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from peewee import Database

from salon.errors import ValidationError
from salon.models import (
    Client,
    ClientEvent,
    ClientSearchKey,
    ClientSkinConcern,
    FamilyMember,
    Staff,
    TherapistAssignment,
    database_proxy,
)
from salon.search_keys import client_search_keys, sort_key
from salon.text import split_tags

# Clients per batch: one progress report (and chance to cancel) per batch, and the rows of one batch
# are all that is held in memory at a time.
BATCH_SIZE = 2_000
MAX_CLIENTS = 1_000_000
MAX_MONTHS = 120
DAYS_PER_MONTH = 30.44

# Tables that hold the salon's own data. Demo data only goes into a database where all are empty,
# so it is never mixed with real clients (later issues add services, packages, visits here).
_DATA_TABLES = ("client", "staff")


class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass
class DemoSummary:
    staff: int = 0
    therapists: int = 0
    inactive_staff: int = 0
    clients: int = 0
    archived_clients: int = 0
    clients_with_birthday: int = 0
    lunar_birthdays: int = 0
    family_members: int = 0
    events: int = 0
    skin_concerns: int = 0
    assignments: int = 0
    search_keys: int = 0

    def rows(self) -> list[tuple[str, int]]:
        """(Chinese label, count) in reading order, for the command line and the GUI."""
        return [
            ("员工", self.staff),
            ("其中美容师", self.therapists),
            ("已离职员工", self.inactive_staff),
            ("客户", self.clients),
            ("已归档客户", self.archived_clients),
            ("登记生日的客户", self.clients_with_birthday),
            ("其中农历生日", self.lunar_birthdays),
            ("家庭成员", self.family_members),
            ("纪念日/事件", self.events),
            ("皮肤问题记录", self.skin_concerns),
            ("专属美容师分配记录", self.assignments),
            ("搜索索引条目", self.search_keys),
        ]


# --- pools ------------------------------------------------------------------------------------------
# Surnames in tiers of roughly how common they are in mainland China (weight per surname).
SURNAME_TIERS: tuple[tuple[int, str], ...] = (
    (70, "王李张"),
    (50, "刘陈"),
    (25, "杨黄赵吴周"),
    (14, "徐孙马朱胡"),
    (10, "郭何高林罗郑梁"),
    (7, "谢宋唐许韩冯邓曹"),
    (5, "彭曾肖田董袁潘于蒋蔡余"),
    (4, "杜叶程苏魏吕丁任沈姚卢"),
    (3, "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"),
    (2, "闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"),
    # Surnames read differently from the character's everyday reading (单 shan, not dan): rarer in
    # life, but over-represented here so the demo shows search finding them by every reading.
    (2, "单解区仇查"),
)
FEMALE_GIVEN_CHARS = (
    "美丽秀英华慧巧淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真雪荣爱霞香月媛艳瑞佳嘉琼"
    "珍莉桂璐娅琦晶妍茜秋珊莎锦黛青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨韵艺咏卿悦冰"
    "琬茗羽希宁欣滢筠柔竹凝晓欢枫芸菲伊亚宜可舒思诗涵萱彤"
)
MALE_GIVEN_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰建国志文海东亮成振德永"
CHILD_NAMES = (
    "子涵", "梓萱", "一诺", "欣怡", "浩宇", "子轩", "宇轩", "雨桐", "思涵", "俊熙", "诗琪", "若汐",
    "依诺", "沐阳", "一鸣", "梓睿", "可馨", "皓轩", "语桐", "天佑", "乐乐", "多多", "安琪", "嘉懿",
)
ELDER_FEMALE_NAMES = ("秀英", "桂兰", "玉珍", "淑华", "凤英", "秀兰", "桂芳", "玉兰", "淑珍", "素芬")
ELDER_MALE_NAMES = ("建国", "国华", "志强", "德明", "振华", "永庆", "建华", "国强", "德福", "长林")
# Clients from Hong Kong, Taiwan or older families write their names in Traditional characters.
TRADITIONAL_SURNAMES = "陳張黃劉楊趙吳鄭謝許"
TRADITIONAL_GIVEN_NAMES = (
    "美玲", "淑芬", "雅婷", "怡君", "佩珊", "靜怡", "曉薇", "麗華", "淑惠", "嘉慧", "詠琪", "慧敏",
)
TRADITIONAL_SHARE = 0.03
# Spread through the list so that a demo always shows polyphonic and Traditional names in search
# ('zxm' and 'cxm' both find 曾小梅; 'dlh' finds 单丽华; 'cml' finds 陳美玲).
SHOWCASE_NAMES = (
    "曾小梅", "单丽华", "解雨晴", "区嘉欣", "仇晓燕", "查静怡", "陳美玲", "張淑芬", "黃雅婷", "王小梅",
)

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
)

# (weight, community) — clients cluster in the compounds around the salon.
COMMUNITIES: tuple[tuple[int, str], ...] = (
    (14, "阳光花园"), (12, "翠湖天地"), (10, "金色家园"), (9, "锦绣华庭"), (8, "世纪城"),
    (7, "绿城桂花园"), (6, "万科城市花园"), (5, "滨江一号"), (5, "紫荆公寓"), (4, "御景湾"),
    (4, "和平里小区"), (4, "教师新村"), (3, "丽景苑"), (3, "书香门第"), (3, "星河湾"),
    (2, "西溪诚园"), (2, "春江花月"), (2, "保利天悦"), (2, "东方明珠苑"), (1, "碧桂园"),
)
DISTRICTS = ("西湖区", "拱墅区", "上城区", "滨江区")
ROADS = ("文三路", "学院路", "古墩路", "天目山路", "教工路", "莫干山路", "庆春路", "凤起路", "延安路", "文一西路")

OCCUPATIONS: tuple[tuple[int, str], ...] = (
    (10, "教师"), (6, "护士"), (8, "会计"), (6, "公务员"), (8, "销售经理"), (9, "全职妈妈"),
    (6, "设计师"), (4, "医生"), (6, "企业主"), (5, "程序员"), (3, "律师"), (4, "大学生"),
    (6, "退休"), (6, "银行职员"), (7, "自由职业"), (4, "人事专员"), (3, "主播"), (3, "店主"),
)
INTERESTS = (
    "瑜伽", "烘焙", "旅游", "插花", "茶艺", "追剧", "健身", "摄影", "读书", "跳舞", "钢琴", "养猫",
    "养狗", "逛街", "美食", "书法", "登山", "唱歌", "做手工", "打羽毛球",
)
ALLERGIES = (
    "酒精过敏", "芒果过敏", "对果酸敏感", "海鲜过敏", "花粉过敏", "对薰衣草精油过敏", "对香精敏感",
    "对乳胶敏感", "青霉素过敏",
)
CONTRAINDICATIONS = (
    "孕期，避免精油和仪器类项目", "高血压，避免热石和高温", "刚做完激光，一个月内不去角质",
    "腰椎间盘突出，腰部轻按", "装有心脏起搏器，禁用电疗仪器", "哺乳期，避免精油",
)
# (weight, skin type key of salon.choices.SKIN_TYPES)
SKIN_TYPE_WEIGHTS: tuple[tuple[int, str], ...] = (
    (20, "dry"), (15, "oily"), (35, "combination"), (15, "normal"), (15, "sensitive"),
)
CONCERN_STATES: dict[str, tuple[str, ...]] = {
    "acne": ("额头、下巴有闭口粉刺，经期前加重", "脸颊偶发红肿痘，比初诊时少了一半", "痘印明显，正在做淡印疗程",
             "基本稳定，偶尔冒一两颗"),
    "pigmentation": ("两颊有淡淡的晒斑", "颧骨处黄褐斑，夏天加深", "斑点比三个月前淡了一些", "产后出现的斑，正在调理"),
    "wrinkles": ("眼周细纹，笑起来明显", "法令纹较深", "抬头纹轻微，保养后有改善", "颈纹明显，想重点护理"),
    "dehydration": ("T区出油但两颊缺水紧绷", "冬天容易起皮", "补水三次后明显改善", "空调房里一整天都觉得干"),
    "redness": ("两颊红血丝，遇热更明显", "鼻翼两侧泛红", "换季时容易泛红发痒", "红血丝比初诊时淡了"),
    "pores": ("鼻翼和两颊毛孔粗大", "T区毛孔明显，有黑头", "清洁后毛孔有收细"),
    "dullness": ("肤色暗沉、没有光泽", "熬夜后发黄", "做完美白疗程后提亮不少"),
    "sagging": ("下颌线不清晰", "苹果肌有些下垂", "做了两次紧致护理，轮廓改善"),
    "dark_circles": ("青色黑眼圈，长期熬夜", "眼袋明显", "眼周按摩后有改善"),
    "sensitivity": ("换护肤品容易刺痛", "对温度变化敏感", "屏障受损，正在修复期"),
}
PRESSURES: tuple[tuple[int, str], ...] = ((3, "轻"), (5, "中"), (2, "重"))
ROOM_TEMPERATURES = ("偏暖", "适中", "偏凉", "26°C 左右")
DRINKS: tuple[tuple[int, str], ...] = ((5, "温水"), (4, "花茶"), (3, "柠檬水"), (2, "红枣茶"))
MUSIC = ("轻音乐", "古筝", "钢琴曲", "自然声音", "流行歌曲", "不要音乐")
CONTACT_TIMES = ("工作日晚上 7 点后", "中午 12 点到 1 点", "周末上午", "下午 3 点后", "随时")
GOALS = (
    "淡化色斑", "改善痘痘和痘印", "补水保湿", "抗衰紧致", "婚前皮肤管理", "产后修复", "放松减压、改善睡眠",
    "肩颈放松", "美白提亮", "修复敏感肌", "保持好状态",
)
NOTES = (
    "怕冷，护理时加盖毯子", "喜欢靠窗的房间", "不喜欢被推销产品", "常带女儿一起来", "午休时间来，需要准时结束",
    "对香味敏感，精油选无味的", "开车来，提前留车位", "喜欢被叫“姐”", "做脸时容易睡着，别叫醒",
)
# (weight, referral source key of salon.choices.REFERRAL_SOURCES)
REFERRAL_WEIGHTS: tuple[tuple[int, str], ...] = (
    (30, "walk_in"), (25, "referral"), (20, "online"), (15, "wechat"), (10, "flyer"),
)
EVENT_NOTES: dict[str, tuple[str, ...]] = {
    "wedding": ("婚期，婚前做了三个月皮肤管理", "女儿结婚", "办婚礼，想做新娘妆前护理"),
    "childbirth": ("宝宝出生", "二胎出生，产后想做修复", "预产期"),
    "anniversary": ("结婚十周年", "结婚纪念日，先生订了花", "开店五周年"),
    "illness": ("做了小手术，暂停护理一个月", "住院一周，出院后先做放松项目", "腰伤，近期不做身体项目"),
    "bereavement": ("父亲去世，近期不打扰、不推销", "家中老人过世"),
    "other": ("乔迁新居", "孩子高考", "升职了"),
}


@dataclass(frozen=True)
class _StaffSpec:
    name: str
    role: str
    specialties: str
    commission_bp: int
    active: bool = True
    notes: str = ""
    # Relative share of the clients she looks after (0: none, e.g. front desk and owner).
    client_share: int = 0


STAFF: tuple[_StaffSpec, ...] = (
    _StaffSpec("林晓燕", "owner", "", 0, notes="老板"),
    _StaffSpec("周丽娟", "manager", "面部护理、抗衰", 500, notes="店长，也接老客", client_share=1),
    _StaffSpec("王婷", "front_desk", "", 0, notes="前台，负责预约和回访"),
    _StaffSpec("陈静", "therapist", "面部护理、祛痘", 1200, client_share=5),
    _StaffSpec("刘芳", "therapist", "身体SPA、肩颈理疗", 1500, client_share=5),
    _StaffSpec("赵雪", "therapist", "美甲、美睫", 2000, client_share=5),
    _StaffSpec("孙美华", "therapist", "面部护理、抗衰", 1200, client_share=5),
    _StaffSpec("黄小丽", "therapist", "身体SPA、精油开背", 1500, client_share=5),
    _StaffSpec("杨柳", "therapist", "祛痘、皮肤管理", 1250, client_share=5),
    # Left the salon: no new clients, but her old assignments stay in the clients' history.
    _StaffSpec("吴倩", "therapist", "面部护理", 1200, active=False, notes="已离职", client_share=5),
)


class _DemoRandom(random.Random):
    """random.Random with choice/randint/randrange drawn from one float each.

    The standard versions draw bits until the result is exactly uniform, which costs more than
    everything else in a 100,000-client demo; a bias of one part in 2**53 does not matter here.
    Still fully determined by the seed.
    """

    def choice(self, seq: Sequence):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        if step != 1 or stop <= start:
            return super().randrange(start, stop, step)
        return start + int(self.random() * (stop - start))


class _Pool:
    """Weighted random choice in O(log n): cumulative weights computed once, not per draw."""

    def __init__(self, weighted: Sequence[tuple[int, str]]) -> None:
        self.values = [value for _, value in weighted]
        self.cumulative = list(itertools.accumulate(weight for weight, _ in weighted))

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# Names repeat a lot in a big demo; their sort key depends on the name alone.
_sort_key = lru_cache(maxsize=50_000)(sort_key)

_SURNAMES = _Pool([(weight, surname) for weight, tier in SURNAME_TIERS for surname in tier])
_COMMUNITIES = _Pool(COMMUNITIES)
_OCCUPATIONS = _Pool(OCCUPATIONS)
_SKIN_TYPES = _Pool(SKIN_TYPE_WEIGHTS)
_PRESSURES = _Pool(PRESSURES)
_DRINKS = _Pool(DRINKS)
_REFERRALS = _Pool(REFERRAL_WEIGHTS)


# --- public API --------------------------------------------------------------------------------------
def database_is_empty(database: Database | None = None) -> bool:
    """True when the salon has no clients and no staff yet (the GUI then offers demo data)."""
    database = database or database_proxy
    return not any(database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
                   for table in _DATA_TABLES)


def generate_demo(
    database: Database,
    clients: int = 300,
    months: int = 24,
    seed: int = 1,
    progress: Callable[[int, int], bool] | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo staff and `clients` clients whose history spans `months`.

    `progress(done, total)` is called after each batch; returning False cancels: everything is
    rolled back and DemoCancelled raised. Raises ValidationError ('demo_not_empty') when the
    database already holds clients or staff, ('demo_invalid') for impossible sizes.
    """
    if not 0 <= clients <= MAX_CLIENTS:
        raise ValidationError("demo_invalid", f"客户数应在 0 到 {MAX_CLIENTS} 之间。", field="clients")
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError("demo_invalid", f"月数应在 1 到 {MAX_MONTHS} 之间。", field="months")
    with database.atomic():
        if not database_is_empty(database):
            raise ValidationError(
                "demo_not_empty", "数据库里已有客户或员工资料，演示数据只能载入空数据库，以免和真实数据混在一起。"
            )
        builder = _DemoBuilder(database, _DemoRandom(seed), today or date.today(), months, progress)
        return builder.build(clients)


# --- building ----------------------------------------------------------------------------------------
def _ts(moment: datetime) -> str:
    """A timestamp as peewee stores a DateTimeField in SQLite ('2024-05-01 14:30:00')."""
    return moment.isoformat(sep=" ")


class _Writer:
    """Collects rows per model and writes them with one prepared INSERT per table (executemany)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.fields: dict[type, tuple[str, ...]] = {}
        self.pending: dict[type, list[tuple[object, ...]]] = {}

    def add(self, model: type, row: dict[str, object]) -> None:
        """Queue a row given as {model field name: database value}; every row of a model lists the
        same fields in the same order (values are kept as a tuple, the cheapest form to bind)."""
        fields = self.fields.setdefault(model, tuple(row))
        if tuple(row) != fields:
            raise AssertionError(f"{model.__name__} rows must list the same fields in the same order")
        self.pending.setdefault(model, []).append(tuple(row.values()))

    def add_search_keys(self, client_id: int, keys: set[str]) -> int:
        """Queue the client's search keys (millions of rows in a big demo: no dict per row)."""
        self.fields.setdefault(ClientSearchKey, ("key", "client"))
        self.pending.setdefault(ClientSearchKey, []).extend((key, client_id) for key in keys)
        return len(keys)

    def flush(self) -> None:
        # Parents before children, so foreign keys are satisfied statement by statement.
        for model in sorted(self.pending, key=_WRITE_ORDER.index):
            rows = self.pending[model]
            if rows:
                self._insert(model, self.fields[model], rows)
        self.pending.clear()

    def _insert(self, model: type, fields: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
        columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in fields)
        marks = ", ".join("?" * len(fields))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        # One prepared statement for the whole batch: far faster than one INSERT per row, and unlike
        # a multi-row VALUES list it never runs into SQLite's limit on bound parameters.
        self.database.cursor().executemany(sql, rows)


_WRITE_ORDER = [Staff, Client, ClientSkinConcern, FamilyMember, ClientEvent, TherapistAssignment,
                ClientSearchKey]


@dataclass
class _ClientFacts:
    """What later steps of one client's generation need to know about her."""

    id: int
    name: str
    surname: str
    gender: str
    birth_year: int
    created_at: datetime
    skin_type: str
    tags: list[str] = field(default_factory=list)


class _DemoBuilder:
    def __init__(self, database: Database, rng: random.Random, today: date, months: int,
                 progress: Callable[[int, int], bool] | None) -> None:
        self.rng = rng
        self.today = today
        self.months = months
        self.start = today - timedelta(days=round(months * DAYS_PER_MONTH))
        self.progress = progress
        self.writer = _Writer(database)
        self.summary = DemoSummary()
        self.phones: set[str] = set()
        self.staff_ids: dict[str, int] = {}
        # Active staff who look after clients, each repeated by her share, so a plain choice is weighted.
        self.carers: list[int] = []
        self.leaver_id: int | None = None
        self.leaver_share = 0
        # The day the inactive therapist left; her clients were handed over then.
        self.left_on = today - timedelta(days=round(months * DAYS_PER_MONTH * 0.35))

    def build(self, clients: int) -> DemoSummary:
        self._report(0, clients)
        self._build_staff()
        self.writer.flush()
        created = self._creation_times(clients)
        showcase = {index * clients // len(SHOWCASE_NAMES): name for index, name in enumerate(SHOWCASE_NAMES)}
        for start in range(0, clients, BATCH_SIZE):
            end = min(start + BATCH_SIZE, clients)
            for index in range(start, end):
                self._build_client(index + 1, created[index], showcase.get(index))
            self.writer.flush()
            self._report(end, clients)
        return self.summary

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise DemoCancelled()

    # --- helpers -----------------------------------------------------------------------------------
    def _chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def _moment(self, day: date) -> datetime:
        """A time during opening hours (10:00-21:00) on `day`."""
        seconds = self.rng.randrange(11 * 3600)
        return datetime.combine(day, time(10)) + timedelta(seconds=seconds)

    def _between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange(max((last - first).days, 0) + 1))

    def _mobile(self) -> str:
        while True:
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def _female_given(self) -> str:
        first = self.rng.choice(FEMALE_GIVEN_CHARS)
        roll = self.rng.random()
        if roll < 0.12:
            return first
        if roll < 0.17:
            return first * 2  # 婷婷, 莉莉
        if roll < 0.25:
            return "小" + first
        return first + self.rng.choice(FEMALE_GIVEN_CHARS)

    def _male_given(self) -> str:
        first = self.rng.choice(MALE_GIVEN_CHARS)
        return first if self._chance(0.3) else first + self.rng.choice(MALE_GIVEN_CHARS)

    def _solar_day(self, year: int) -> tuple[int, int]:
        month = self.rng.randint(1, 12)
        # 28 Feb at most: a 29 Feb would need a leap year of birth, and is rare enough to leave out.
        last = 28 if month == 2 else calendar.monthrange(2001, month)[1]
        return month, self.rng.randint(1, last)

    def _birthday(self, year: int | None, lunar_share: float) -> dict[str, object]:
        """Birthday columns; lunar days stop at 29 since not every lunar month has a 30th."""
        lunar = self._chance(lunar_share)
        if lunar:
            month, day = self.rng.randint(1, 12), self.rng.randint(1, 29)
        else:
            month, day = self._solar_day(year or 2001)
        return {"birthday_calendar": "lunar" if lunar else "solar", "birth_year": year, "birth_month": month,
                "birth_day": day, "birth_leap_month": False}

    @staticmethod
    def _no_birthday() -> dict[str, object]:
        return {"birthday_calendar": "", "birth_year": None, "birth_month": None, "birth_day": None,
                "birth_leap_month": False}

    # --- staff -------------------------------------------------------------------------------------
    def _build_staff(self) -> None:
        hired_from = self.start - timedelta(days=400)
        for number, spec in enumerate(STAFF, start=1):
            hired = self._moment(self._between(hired_from, self.start - timedelta(days=30)))
            self.writer.add(Staff, {
                "id": number, "name": spec.name, "role": spec.role, "phone": self._mobile(),
                "specialties": spec.specialties, "active": int(spec.active),
                "commission_rate_bp": spec.commission_bp, "notes": spec.notes, "created_at": _ts(hired),
            })
            self.staff_ids[spec.name] = number
            if spec.active:
                self.carers += [number] * spec.client_share
            elif spec.client_share:
                self.leaver_id, self.leaver_share = number, spec.client_share
        self.summary.staff = len(STAFF)
        self.summary.therapists = sum(spec.role == "therapist" for spec in STAFF)
        self.summary.inactive_staff = sum(not spec.active for spec in STAFF)

    # --- clients -----------------------------------------------------------------------------------
    def _creation_times(self, clients: int) -> list[datetime]:
        """Sign-up moments over the history, in order, so ids grow with the date of the first visit."""
        last_day = self.today - timedelta(days=1)
        return sorted(self._moment(self._between(self.start, last_day)) for _ in range(clients))

    def _name(self, showcase: str | None, gender: str) -> tuple[str, str]:
        """(full name, surname)."""
        if showcase:
            return showcase, showcase[0]
        if gender == "M":
            surname = _SURNAMES.pick(self.rng)
            return surname + self._male_given(), surname
        if self._chance(TRADITIONAL_SHARE):
            surname = self.rng.choice(TRADITIONAL_SURNAMES)
            return surname + self.rng.choice(TRADITIONAL_GIVEN_NAMES), surname
        surname = _SURNAMES.pick(self.rng)
        return surname + self._female_given(), surname

    def _build_client(self, client_id: int, created_at: datetime, showcase: str | None) -> None:
        rng = self.rng
        gender = "M" if showcase is None and self._chance(0.07) else "F"
        name, surname = self._name(showcase, gender)
        age = min(max(int(rng.gauss(36, 10)), 18), 68)
        birth_year = self.today.year - age
        facts = _ClientFacts(client_id, name, surname, gender, birth_year, created_at, _SKIN_TYPES.pick(rng))
        phone = self._mobile()
        phone2 = self._mobile() if self._chance(0.04) else ""
        referral = _REFERRALS.pick(rng)
        referred_by = rng.randrange(1, client_id) if referral == "referral" and client_id > 1 else None
        do_not_contact = self._chance(0.02)
        facts.tags = self._tags(facts, age)
        tags = " ".join(split_tags(" ".join(facts.tags)))
        therapist_id, updated_at = self._build_assignments(facts)
        archived_at = None
        if self._chance(0.03):
            archived_at = self._moment(self._between(created_at.date(), self.today - timedelta(days=1)))
            archived_at = max(archived_at, created_at)
            self.summary.archived_clients += 1
        updated_at = max(updated_at, archived_at or created_at)
        birthday = self._client_birthday(birth_year)
        community, address = self._address()
        preferred = None
        if therapist_id is not None and self._chance(0.3):
            preferred = therapist_id if self._chance(0.7) else rng.choice(self.carers)
        row: dict[str, object] = {
            "id": client_id,
            "name": name,
            "name_pinyin": _sort_key(name),
            "gender": gender,
            "phone": phone,
            "phone2": phone2,
            "wechat": self._wechat(name, phone, birth_year),
            **birthday,
            "address": address,
            "community": community,
            "occupation": "大学生" if age < 23 and self._chance(0.6) else _OCCUPATIONS.pick(rng),
            "interests": "、".join(rng.sample(INTERESTS, rng.randint(1, 3))) if self._chance(0.8) else "",
            "skin_type": facts.skin_type,
            "allergies": "、".join(rng.sample(ALLERGIES, rng.randint(1, 2))) if self._chance(0.15) else "",
            "contraindications": rng.choice(CONTRAINDICATIONS) if self._chance(0.05) else "",
            "pref_pressure": _PRESSURES.pick(rng) if self._chance(0.85) else "",
            "pref_room_temperature": rng.choice(ROOM_TEMPERATURES) if self._chance(0.7) else "",
            "pref_drink": _DRINKS.pick(rng) if self._chance(0.8) else "",
            "pref_music": rng.choice(MUSIC) if self._chance(0.6) else "",
            "pref_conversation": rng.choice(("chatty", "chatty", "quiet", "")),
            "preferred_therapist": preferred,
            "contact_channel": rng.choice(("wechat", "wechat", "wechat", "phone", "sms")),
            "contact_best_time": rng.choice(CONTACT_TIMES) if self._chance(0.6) else "",
            "do_not_contact": int(do_not_contact),
            "goals": "、".join(rng.sample(GOALS, rng.randint(1, 2))) if self._chance(0.75) else "",
            "referral_source": referral,
            "referred_by": referred_by,
            "tags": tags,
            "notes": rng.choice(NOTES) if self._chance(0.3) else "",
            "marketing_consent": int(not do_not_contact and self._chance(0.65)),
            "therapist": therapist_id,
            "archived_at": _ts(archived_at) if archived_at else None,
            "created_at": _ts(created_at),
            "updated_at": _ts(updated_at),
        }
        self.writer.add(Client, row)
        self.summary.clients += 1
        if birthday["birthday_calendar"]:
            self.summary.clients_with_birthday += 1
            self.summary.lunar_birthdays += birthday["birthday_calendar"] == "lunar"
        self._build_concerns(facts)
        self._build_family(facts)
        self._build_events(facts)
        keys = client_search_keys(name, [phone, phone2], tags)
        self.summary.search_keys += self.writer.add_search_keys(client_id, keys)

    def _client_birthday(self, birth_year: int) -> dict[str, object]:
        if not self._chance(0.75):
            return self._no_birthday()
        year = birth_year if self._chance(0.8) else None
        return self._birthday(year, lunar_share=0.2)

    def _tags(self, facts: _ClientFacts, age: int) -> list[str]:
        tags = []
        tenure_days = (self.today - facts.created_at.date()).days
        for tag, probability in (("贵宾", 0.10), ("年卡", 0.08), ("月卡", 0.05), ("储值卡", 0.15),
                                 ("团购客", 0.05), ("爱美甲", 0.06)):
            if self._chance(probability):
                tags.append(tag)
        if facts.skin_type == "sensitive" and self._chance(0.6):
            tags.append("敏感肌")
        if tenure_days > 365 and self._chance(0.4):
            tags.append("老客")
        if tenure_days < 60:
            tags.append("新客")
        if age < 23 and self._chance(0.5):
            tags.append("学生")
        return tags

    def _wechat(self, name: str, phone: str, birth_year: int) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return ""
        if roll < 0.35:
            return phone  # many people use their phone number as WeChat id
        if roll < 0.65:
            return "wxid_" + "".join(self.rng.choices(string.ascii_lowercase + string.digits, k=12))
        syllables = _sort_key(name).split()
        given = "".join(syllables[1:] or syllables)
        suffix = str(birth_year) if self._chance(0.5) else str(self.rng.randint(1, 999))
        return f"{given}{self.rng.choice(('', '_'))}{suffix}"

    def _address(self) -> tuple[str, str]:
        """(community, address); some clients never gave one."""
        if not self._chance(0.8):
            return "", ""
        rng = self.rng
        community = _COMMUNITIES.pick(rng)
        address = (f"{rng.choice(DISTRICTS)}{rng.choice(ROADS)}{rng.randint(1, 399)}号{community}"
                   f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")
        return community, address

    def _build_concerns(self, facts: _ClientFacts) -> None:
        if not self._chance(0.9):
            return
        concerns = self.rng.sample(list(CONCERN_STATES), self.rng.randint(1, 3))
        if facts.skin_type == "sensitive" and "sensitivity" not in concerns:
            concerns[0] = "sensitivity"
        for concern in concerns:
            self.writer.add(ClientSkinConcern, {
                "client": facts.id, "concern": concern, "state": self.rng.choice(CONCERN_STATES[concern]),
                "updated_at": _ts(facts.created_at),
            })
            self.summary.skin_concerns += 1

    def _build_family(self, facts: _ClientFacts) -> None:
        if not self._chance(0.4):
            return
        rng = self.rng
        members: list[tuple[str, str, str, dict[str, object]]] = []  # relation, name, notes, birthday
        children_surname = facts.surname
        age = self.today.year - facts.birth_year
        if age >= 24 and self._chance(0.75):
            spouse_surname = _SURNAMES.pick(rng)
            spouse_year = facts.birth_year + rng.randint(-3, 5)
            birthday = self._birthday(spouse_year, 0.15) if self._chance(0.7) else self._no_birthday()
            if facts.gender == "F":
                members.append(("spouse", spouse_surname + self._male_given(), "先生", birthday))
                children_surname = spouse_surname  # children usually take the father's surname
            else:
                members.append(("spouse", spouse_surname + self._female_given(), "太太", birthday))
        if age >= 26 and self._chance(0.6):
            for _ in range(rng.choice((1, 1, 1, 2))):
                child_year = min(facts.birth_year + rng.randint(23, 36), self.today.year - 1)
                birthday = self._birthday(child_year, 0.05) if self._chance(0.9) else self._no_birthday()
                members.append(("child", children_surname + rng.choice(CHILD_NAMES),
                                rng.choice(("儿子", "女儿")), birthday))
        if self._chance(0.35):
            mother_year = facts.birth_year - rng.randint(22, 32)
            year = mother_year if self._chance(0.5) else None
            birthday = self._birthday(year, 0.6) if self._chance(0.7) else self._no_birthday()
            members.append(("parent", _SURNAMES.pick(rng) + rng.choice(ELDER_FEMALE_NAMES), "母亲", birthday))
        if self._chance(0.2):
            birthday = self._birthday(None, 0.6) if self._chance(0.6) else self._no_birthday()
            members.append(("parent", facts.surname + rng.choice(ELDER_MALE_NAMES), "父亲", birthday))
        for relation, name, notes, birthday in members:
            self.writer.add(FamilyMember, {"client": facts.id, "relation": relation, "name": name,
                                           "notes": notes, **birthday})
        self.summary.family_members += len(members)

    def _build_events(self, facts: _ClientFacts) -> None:
        if not self._chance(0.08):
            return
        windows = {  # days before / after today an event of this kind may fall
            "wedding": (-3 * 365, 120), "childbirth": (-2 * 365, 150), "anniversary": (-365, 60),
            "illness": (-365, -7), "bereavement": (-365, -14), "other": (-365, 30),
        }
        for kind in self.rng.sample(list(EVENT_NOTES), self.rng.choice((1, 1, 1, 2))):
            earliest, latest = windows[kind]
            when = self._between(self.today + timedelta(days=earliest), self.today + timedelta(days=latest))
            self.writer.add(ClientEvent, {"client": facts.id, "kind": kind, "event_date": when.isoformat(),
                                          "note": self.rng.choice(EVENT_NOTES[kind])})
            self.summary.events += 1

    def _build_assignments(self, facts: _ClientFacts) -> tuple[int | None, datetime]:
        """History rows of the client's assigned therapist; returns (current therapist, last change)."""
        if not self.carers or not self._chance(0.85):
            return None, facts.created_at
        rng = self.rng
        first = rng.choice(self.carers)
        signed_up = facts.created_at.date()
        # Some clients who came while the leaver still worked were hers; all were handed over.
        leaver_chance = self.leaver_share / (len(self.carers) + self.leaver_share)
        if self.leaver_id is not None and signed_up < self.left_on and self._chance(leaver_chance):
            first = self.leaver_id
            handover = self._moment(self.left_on + timedelta(days=rng.randrange(7)))
        elif (self.today - signed_up).days > 60 and self._chance(0.12):
            handover = self._moment(self._between(signed_up + timedelta(days=30), self.today - timedelta(days=1)))
        else:
            self._assignment(facts.id, first, facts.created_at, None)
            return first, facts.created_at
        handover = max(handover, facts.created_at)
        second = rng.choice([carer for carer in self.carers if carer != first] or self.carers)
        self._assignment(facts.id, first, facts.created_at, handover)
        self._assignment(facts.id, second, handover, None)
        return second, handover

    def _assignment(self, client_id: int, therapist_id: int, started: datetime, ended: datetime | None) -> None:
        self.writer.add(TherapistAssignment, {"client": client_id, "therapist": therapist_id,
                                              "started_at": _ts(started),
                                              "ended_at": _ts(ended) if ended else None})
        self.summary.assignments += 1


__all__ = ["BATCH_SIZE", "DemoCancelled", "DemoSummary", "database_is_empty", "generate_demo"]

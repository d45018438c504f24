"""The words of the demo: names, places, habits and notes its clients are made of (mainland China, Hangzhou).

Kept apart from `salon.demo`, which builds the clients out of them.
"""
from __future__ import annotations

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
# (weight, skin type key of salon.clients.choices.SKIN_TYPES)
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
# (weight, referral source key of salon.clients.choices.REFERRAL_SOURCES)
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


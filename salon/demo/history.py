"""Two to three years of the demo salon's life: who comes when, what is done, what she buys and how she pays.

Everything happens in time order through one event queue (a client's next visit, a card's expiry, a
refund), so ids grow with time as in a salon that used the app all along, and every decision sees the
cards as they are at that moment. Each client has a habit drawn when she signs up:

- once / occasional: a walk-in who never returns, or comes every month or three;
- regular: every two to four weeks, paying at the counter; stored: the same, from a stored-value card;
- count: buys 次卡 for her usual treatment and uses them every week or two, then buys again (or not);
- period: a 年卡/月卡 holder who comes weekly.

About a third of those who come back stop at some point (流失), some after a complaint or a refund.
The rows themselves are written by `salon.demo.books`, which mirrors the domain's writes.

At about 500 lines this is longer than the other modules on purpose: it is one simulation, a queue of events
and the decisions each takes, and it reads best in time order in one file; the words it draws from are in
`salon.demo.pools`, the menu in `salon.demo.catalogue` and the writing in `salon.demo.books`.
"""
from __future__ import annotations

import heapq
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from peewee import Database

from salon.demo.books import DemoBooks, DemoPackage, PlannedItem, PlannedVisit
from salon.demo.catalogue import FOCUSES, DemoCatalogue, DemoPlan, DemoProduct, DemoService, write_catalogue
from salon.demo.writer import BulkWriter
from salon.money import share

# (weight, habit); the share of habits among the clients who sign up.
PROFILES = ((40, "once"), (26, "occasional"), (14, "regular"), (8, "stored"), (9, "count"), (3, "period"))
# Mean days between visits, drawn per client from this range.
INTERVALS = {"once": (10, 60), "occasional": (40, 100), "regular": (14, 28), "stored": (12, 28), "count": (10, 21),
             "period": (5, 11)}
FOCUS_WEIGHTS = {"F": ((55, "face"), (22, "body"), (13, "nails"), (10, "sauna")), "M": ((60, "body"), (40, "sauna"))}
LAPSE_SHARE = 0.35
# Which services a therapist may do, by service category and the words of her specialties.
CATEGORY_SKILLS = {"面部护理": ("面部", "祛痘", "皮肤"), "身体护理": ("身体", "肩颈", "开背"), "养生": ("身体", "肩颈"),
                   "美甲美睫": ("美甲", "美睫")}
ADDONS = {"face": ("眼部护理", 0.18), "nails": ("修眉", 0.15), "sauna": ("足疗", 0.35), "body": ("头疗", 0.08)}
COUNTER_METHODS = ((50, "wechat"), (22, "alipay"), (12, "card"), (12, "cash"), (4, "other"))
SATISFACTION = ((62, 5), (30, 4), (6, 3), (2, 2))
SKIN_NOTES = (
    "T区出油，两颊偏干", "皮肤状态稳定，毛孔比上次细", "两颊轻微泛红，用了舒缓面膜", "闭口减少，额头还有几颗",
    "补水后光泽度明显提升", "眼周干纹，建议加做眼部护理", "换季有点敏感，手法放轻", "色斑比上个月淡了一点",
    "下巴冒了两颗痘，没有挤", "整体偏干，建议回家多敷面膜",
)
VISIT_NOTES = (
    "预约了下次同一时间", "今天赶时间，按摩缩短了十分钟", "带朋友一起来的", "想下次试试抗衰项目", "自带了精油",
    "说最近睡眠不好，推荐了肩颈", "生理期，避开了腹部", "对新换的面膜很满意",
)
COMPLAINTS = (
    "投诉：等了半个多小时才开始", "投诉：按摩力度太重，第二天肩颈酸痛", "投诉：做完脸两颊泛红，已安排回访",
    "投诉：前台推销太多，感觉不舒服", "投诉：美甲三天就掉了，约了免费返修", "投诉：房间空调太冷",
)
VOID_REASONS = ("重复登记", "登记错了客户", "客户临时有事，项目没做")
REFUND_REASONS = ("搬家到外地，申请退卡", "对效果不满意，申请退卡", "怀孕了，暂停护理", "工作调动，来不了了")
VOID_SHARE = 0.008
CORRECTION_SHARE = 0.015
COMPLAINT_SHARE = 0.006


@dataclass(frozen=True)
class DemoStaff:
    """What the history needs to know of the staff."""

    rates: dict[int, int]  # staff id -> commission rate (basis points)
    specialties: dict[int, str]
    active: dict[int, bool]
    leaver_id: int | None
    left_on: date
    desk_id: int  # records visits at the counter
    manager_id: int  # corrects and voids them


class ClientState:
    """A client's habit and what she holds, while the history runs."""

    __slots__ = ("id", "profile", "focus", "interval", "stop_on", "vip", "group_buy", "method", "card_plan",
                 "periods", "favourites", "concerns", "skin_type", "cards", "stored", "visits", "visits_left")

    def __init__(self, client_id: int, profile: str, focus: str) -> None:
        self.id = client_id
        self.profile = profile
        self.focus = focus
        self.interval = 30.0
        self.stop_on: date | None = None  # no visit on or after this day (lapsed, archived, moved away)
        self.vip = False
        self.group_buy = False
        self.method = "wechat"
        self.card_plan: DemoPlan | None = None  # the count or period card she buys
        self.periods: list[tuple[datetime, datetime | None, int]] = []  # assigned therapist over time
        self.favourites: list[DemoService] = []
        self.concerns: list[str] = []
        self.skin_type = ""
        self.cards: list[DemoPackage] = []  # count and period cards
        self.stored: DemoPackage | None = None
        self.visits = 0
        self.visits_left = 0  # 'once' clients: how many more visits

    @property
    def buys_annual_card(self) -> bool:
        return self.card_plan is not None and self.card_plan.kind == "period" and self.card_plan.validity_days >= 365

    @property
    def buys_monthly_card(self) -> bool:
        return self.card_plan is not None and self.card_plan.kind == "period" and self.card_plan.validity_days < 365


_T = TypeVar("_T")
_VISIT, _EXPIRY, _REFUND = 0, 1, 2
_OPENING = time(10)  # the first appointment; the last starts at 20:00
_LAST_MINUTE = time(23, 59)


class History:
    def __init__(self, database: Database, writer: BulkWriter, rng: random.Random, today: date, start: date,
                 staff: DemoStaff) -> None:
        self.rng = rng
        self.today = today
        self.start = start
        self.end = datetime.combine(today, time(0))
        self.midpoint = start + (today - start) / 2  # inactive items were used before this day only
        self.staff = staff
        # Service category -> the staff whose specialties cover it.
        self.skilled = {category: [staff_id for staff_id, words in staff.specialties.items()
                                   if (staff.active[staff_id] or staff_id == staff.leaver_id)
                                   and any(word in words for word in skills)]
                        for category, skills in CATEGORY_SKILLS.items()}
        self.books = DemoBooks(database, writer, staff.rates)
        self.queue: list[tuple[datetime, int, int, object]] = []
        self.sequence = 0  # orders events of the same moment as they were planned
        self.clients: list[ClientState] = []  # by id - 1
        # The menu was set up before the first client came.
        self.catalogue: DemoCatalogue = write_catalogue(writer, datetime.combine(start - timedelta(days=45), time(9)))
        self.services = {service.name: service for service in self.catalogue.services}
        self.by_focus = {focus: [s for s in self.catalogue.services if s.focus == focus and s.weight]
                         for focus in FOCUSES}
        # Per plan: the main treatments it covers (add-ons such as 眼部护理 come on top).
        self.covered = {plan.id: [s for s in self.catalogue.services if s.id in plan.service_ids and not s.addon]
                        for plan in self.catalogue.plans}

    # --- clients --------------------------------------------------------------------------------------
    def new_client(self, client_id: int, gender: str, signed_up: datetime, archived_at: datetime | None
                   ) -> ClientState:
        """Draw her habit (before her file is written: tags such as 储值卡 or 年卡 follow from it)."""
        rng = self.rng
        profile = _pick(rng, PROFILES)
        focus = _pick(rng, FOCUS_WEIGHTS.get(gender, FOCUS_WEIGHTS["F"]))
        state = ClientState(client_id, profile, focus)
        low, high = INTERVALS[profile]
        state.interval = low + rng.random() * (high - low)
        state.visits_left = 1 if profile == "once" and rng.random() < 0.25 else 0
        state.method = _pick(rng, COUNTER_METHODS)
        loyal = profile in ("regular", "stored", "count", "period")
        state.vip = rng.random() < (0.15 if loyal else 0.02)
        state.group_buy = rng.random() < (0.25 if not loyal else 0.03)
        if state.group_buy and rng.random() < 0.7:
            state.method = "other"  # 团购券
        if profile in ("count", "period"):
            state.card_plan = self._card_plan(profile, focus)
            if state.card_plan is None:
                state.profile = "regular"
        tenure = (self.today - signed_up.date()).days
        if profile != "once" and tenure > 60 and rng.random() < LAPSE_SHARE:
            state.stop_on = signed_up.date() + timedelta(days=rng.randint(30, tenure - 1))
        if archived_at is not None:
            state.stop_on = min(state.stop_on or self.today, archived_at.date())
        self.clients.append(state)
        return state

    def _card_plan(self, profile: str, focus: str) -> DemoPlan | None:
        kind = "count" if profile == "count" else "period"
        plans = [p for p in self.catalogue.plans if p.active and p.focus == focus and p.kind == kind]
        plans = plans or [p for p in self.catalogue.plans if p.active and p.focus == focus and p.kind != "stored_value"]
        return _pick(self.rng, [(p.weight, p) for p in plans]) if plans else None

    def start_client(self, state: ClientState, signed_up: datetime, skin_type: str, concerns: list[str],
                     periods: list[tuple[datetime, datetime | None, int]]) -> None:
        """Her first visit, the moment she signs up; the next ones follow her habit."""
        state.skin_type = skin_type
        state.concerns = concerns
        state.periods = periods
        state.favourites = self._favourites(state)
        self._visit(state, signed_up)

    def _favourites(self, state: ClientState) -> list[DemoService]:
        pool = self.by_focus[state.focus]
        weights = [s.weight * (3 if set(s.concerns) & set(state.concerns) else 1) for s in pool]
        chosen: list[DemoService] = []
        for _ in range(self.rng.choice((1, 2, 2, 3))):
            service = self.rng.choices(pool, weights)[0]
            if service not in chosen:
                chosen.append(service)
        if state.card_plan is not None:  # she comes for what her card covers
            covered = [s for s in pool if s.id in state.card_plan.service_ids and not s.addon]
            chosen = [s for s in chosen if s.id in state.card_plan.service_ids] or covered[:1] or chosen
        return chosen

    # --- the clock ------------------------------------------------------------------------------------
    def _push(self, when: datetime, kind: int, subject: object) -> None:
        self.sequence += 1
        heapq.heappush(self.queue, (when, self.sequence, kind, subject))

    def run_until(self, moment: datetime, *, inclusive: bool = False) -> None:
        """Everything that happens before `moment` (and at it, when inclusive)."""
        queue = self.queue
        while queue and (queue[0][0] < moment or (inclusive and queue[0][0] == moment)):
            when, _, kind, subject = heapq.heappop(queue)
            if kind == _VISIT:
                self._visit(subject, when)
            elif kind == _EXPIRY:
                self.books.expire(subject, when)
            else:
                self._refund(subject, when)

    def finish(self) -> None:
        """The rest of the history up to the start of `today`; then everything is written."""
        self.run_until(self.end, inclusive=True)
        self.books.flush()

    def flush(self) -> None:
        self.books.flush()

    def lapsed_clients(self) -> int:
        return sum(1 for state in self.clients if state.stop_on is not None and state.stop_on < self.today)

    # --- one visit ------------------------------------------------------------------------------------
    def _visit(self, state: ClientState, when: datetime) -> None:
        rng = self.rng
        day = when.date()
        if state.stop_on is not None and day >= state.stop_on:
            return
        self._buy(state, when)
        items = self._items(state, when)
        minutes, on_face = 0, False
        for item in items:
            if item.kind == "service":
                minutes += item.item.duration_min
                on_face = on_face or item.item.category == "面部护理"
        visit = PlannedVisit(state.id, when, when + timedelta(minutes=max(minutes, 10)), items,
                             self._payments(state, items, day))
        if on_face and rng.random() < 0.35:
            visit.skin_condition = rng.choice(SKIN_NOTES)
        if rng.random() < 0.1:
            visit.notes = rng.choice(VISIT_NOTES)
        if rng.random() < 0.3:
            visit.satisfaction = _pick(rng, SATISFACTION)
        roll = rng.random()
        goodwill = fixed_at = None
        if roll < COMPLAINT_SHARE + VOID_SHARE + CORRECTION_SHARE:  # handled later that day
            fixed_at = min(visit.checkout + timedelta(minutes=rng.randint(5, 90)), datetime.combine(day, _LAST_MINUTE))
        if roll < COMPLAINT_SHARE:
            visit.complaint = True
            visit.satisfaction = rng.choice((1, 2, 2, 3))
            visit.notes = rng.choice(COMPLAINTS)
            goodwill = next((card for card in state.cards if card.kind == "count" and card.status == "active"), None)
            if rng.random() < 0.4:
                state.stop_on = day + timedelta(days=1)
        elif roll < COMPLAINT_SHARE + VOID_SHARE:
            visit.void_reason, visit.fixed_at = rng.choice(VOID_REASONS), fixed_at
        elif roll < COMPLAINT_SHARE + VOID_SHARE + CORRECTION_SHARE:
            self._plan_correction(state, visit, fixed_at)
        self.books.record_visit(visit, staff_id=self.staff.desk_id, fixer_id=self.staff.manager_id)
        if goodwill is not None and goodwill.status == "active":
            self.books.adjust(goodwill, fixed_at, "客诉补偿：店长回访后赠送 1 次", sessions=1,
                              staff_id=self.staff.manager_id)
        state.visits += 1
        self._schedule_next(state, day)

    def _schedule_next(self, state: ClientState, day: date) -> None:
        rng = self.rng
        if state.profile == "once":
            if state.visits_left <= 0:
                return
            state.visits_left -= 1
            gap = rng.randint(10, 60)
        else:
            gap = max(1, round(rng.gauss(state.interval, state.interval * 0.25)))
        next_day = day + timedelta(days=gap)
        if next_day >= self.today or (state.stop_on is not None and next_day >= state.stop_on):
            return
        self._push(datetime.combine(next_day, _OPENING) + timedelta(seconds=rng.randrange(10 * 3600)), _VISIT, state)

    # --- buying cards ---------------------------------------------------------------------------------
    def _buy(self, state: ClientState, when: datetime) -> None:
        rng = self.rng
        day = when.date()
        plan = state.card_plan
        if plan is None and state.profile in ("regular", "occasional") and rng.random() < 0.015:
            plan = state.card_plan = self._card_plan("count", state.focus)
        if plan is not None and not any(card.usable_on(day) for card in state.cards):
            if rng.random() < (0.45 if state.visits == 0 else 0.6):
                old = next((card for card in state.cards if card.plan is plan and card.status == "used_up"
                            and card.expires_on is None), None)
                if old is not None and rng.random() < 0.5:  # 续卡 on the same card
                    self.books.top_up(old, when, self._purchase_payments(state, plan.price_fen),
                                      staff_id=self._seller(state, plan, when), sessions=plan.sessions or 1)
                else:
                    self._sell(state, plan, when)
        stored = state.stored
        if stored is None or stored.status in ("expired", "refunded"):
            wants = state.profile == "stored" or rng.random() < 0.01
            if wants and rng.random() < 0.5:
                self._sell(state, self._stored_plan(day), when)
        elif stored.balance < 30000 and rng.random() < (0.6 if state.profile == "stored" else 0.2):
            terms = stored.plan if stored.plan.active else self._stored_plan(day)
            self.books.top_up(stored, when, self._purchase_payments(state, terms.price_fen),
                              staff_id=self.staff.manager_id, bonus=terms.bonus_fen)

    def _stored_plan(self, day: date) -> DemoPlan:
        plans = [p for p in self.catalogue.plans if p.kind == "stored_value"
                 and (p.active or day < self.start + timedelta(days=90))]  # the opening offer ran at first
        return _pick(self.rng, [(p.weight, p) for p in plans])

    def _sell(self, state: ClientState, plan: DemoPlan, when: datetime) -> None:
        rng = self.rng
        price, notes = plan.price_fen, ""
        if plan.kind != "stored_value" and rng.random() < 0.2:
            price, notes = price * 9 // 10 // 1000 * 1000, "活动价 9 折"
        package = self.books.sell(state.id, plan, when, self._purchase_payments(state, price),
                                  staff_id=self._seller(state, plan, when), notes=notes)
        if plan.kind == "stored_value":
            state.stored = package
        else:
            state.cards.append(package)
            state.cards = [card for card in state.cards if card.status in ("active", "used_up")]
        if package.expires_on is not None and package.expires_on < self.today:
            self._push(datetime.combine(package.expires_on + timedelta(days=1), time(0)), _EXPIRY, package)
        if rng.random() < (0.03 if plan.kind == "stored_value" else 0.06):
            refund_day = when.date() + timedelta(days=rng.randint(20, 150))
            if refund_day < self.today and (package.expires_on is None or refund_day <= package.expires_on):
                self._push(datetime.combine(refund_day, time(14)) + timedelta(seconds=rng.randrange(5 * 3600)),
                           _REFUND, package)

    def _purchase_payments(self, state: ClientState, amount: int) -> list[tuple[str, int]]:
        method = state.method if state.method != "other" else "wechat"
        if amount >= 300000 and self.rng.random() < 0.25:
            part = amount // 2 // 10000 * 10000
            return [("card", part), ("wechat" if method == "card" else method, amount - part)]
        return [(method, amount)]

    def _seller(self, state: ClientState, plan: DemoPlan, when: datetime) -> int:
        services = [s for s in self.catalogue.services if s.id in plan.service_ids]
        therapist = self._therapist(state, services[0], when) if services else None
        return therapist or self.staff.manager_id

    def _refund(self, package: DemoPackage, when: datetime) -> None:
        if package.status != "active":
            return
        self.books.refund(package, when, self.rng.choice(REFUND_REASONS), staff_id=self.staff.manager_id)
        state = self.clients[package.client_id - 1]
        if self.rng.random() < 0.8:
            state.stop_on = min(state.stop_on or self.today, when.date() + timedelta(days=1))
        state.card_plan = None

    # --- what is done, and how it is paid -------------------------------------------------------------
    def _items(self, state: ClientState, when: datetime) -> list[PlannedItem]:
        rng = self.rng
        day = when.date()
        reserved: dict[int, int] = {}
        cards = sorted((card for card in state.cards if card.usable_on(day)),
                       key=lambda c: (c.expires_on is None, c.expires_on or date.max, c.sessions_left is None, c.id)
                       ) if state.cards else []
        if cards and rng.random() < 0.93:
            covered = self.covered[cards[0].plan.id]
            main = next((s for s in state.favourites if s in covered), None) or rng.choice(covered)
        else:
            main = rng.choice(state.favourites)
        if not main.active and day >= self.midpoint:  # no longer offered: she has the nearest thing
            main = self.services["补水护理"]
        services = [main]
        addon_name, chance = ADDONS[state.focus]
        if self.services[addon_name] is not main and rng.random() < chance:
            services.append(self.services[addon_name])
        items = []
        for service in services:
            card = self._card_for(cards, service, reserved)
            discount = 0
            if card is None and state.vip:
                discount = share(service.price_fen, 1, 10)  # 贵宾 9 折
            elif card is None and rng.random() < 0.06:
                discount = service.price_fen % 1000 or 2000  # 抹零, or a ¥20 coupon
            items.append(PlannedItem("service", service, 1, discount, self._therapist(state, service, when), card))
        if rng.random() < 0.09:
            product = self._product(state, day)
            seller = items[0].therapist_id if rng.random() < 0.6 else None
            items.append(PlannedItem("product", product, 2 if rng.random() < 0.1 else 1, 0, seller))
        return items

    @staticmethod
    def _card_for(cards: list[DemoPackage], service: DemoService, reserved: dict[int, int]) -> DemoPackage | None:
        """`packages.packages_for_service`: the card to use first, with sessions still free in this visit."""
        for card in cards:
            if service.id in card.service_ids and (
                    card.sessions_left is None or card.sessions_left - reserved.get(card.id, 0) > 0):
                reserved[card.id] = reserved.get(card.id, 0) + 1
                return card
        return None

    def _product(self, state: ClientState, day: date) -> DemoProduct:
        wanted = {state.skin_type, state.focus, *state.concerns}
        products = [p for p in self.catalogue.products if p.active or day < self.midpoint]
        suited = [p for p in products if not p.suits or wanted & set(p.suits)]
        return self.rng.choice(suited or products)

    def _able(self, service: DemoService, day: date) -> list[int]:
        """Who can do the service that day (汗蒸 is nobody's treatment); the leaver until she left."""
        able = self.skilled.get(service.category, ())
        if self.staff.leaver_id in able and day >= self.staff.left_on:
            return [staff_id for staff_id in able if staff_id != self.staff.leaver_id]
        return able

    def _therapist(self, state: ClientState, service: DemoService, when: datetime) -> int | None:
        able = self._able(service, when.date())
        if not able:
            return None
        periods = state.periods
        if len(periods) == 1:
            own = periods[0][2]
        else:
            own = next((tid for start, end, tid in periods if start <= when and (end is None or when < end)), None)
        if own in able and self.rng.random() < 0.9:
            return own
        return self.rng.choice(able)

    def _payments(self, state: ClientState, items: list[PlannedItem], day: date
                  ) -> list[tuple[str, int, DemoPackage | None]]:
        rng = self.rng
        due = sum(item.amount_fen for item in items if item.package is None)
        if due == 0:
            return []
        stored = state.stored
        if stored is not None and stored.usable_on(day) and rng.random() < 0.92:
            from_card = min(due, stored.balance)
            rest = due - from_card
            return [("stored_value", from_card, stored)] + ([(self._counter_method(state), rest, None)] if rest else [])
        method = self._counter_method(state)
        if due >= 20000 and rng.random() < 0.05:
            cash = rng.randint(1, due // 10000) * 5000
            return [("cash", cash, None), ("wechat" if method == "cash" else method, due - cash, None)]
        return [(method, due, None)]

    def _counter_method(self, state: ClientState) -> str:
        return state.method if self.rng.random() < 0.85 else _pick(self.rng, COUNTER_METHODS)

    # --- corrections --------------------------------------------------------------------------------------
    def _plan_correction(self, state: ClientState, visit: PlannedVisit, fixed_at: datetime) -> None:
        """Something the front desk got wrong and fixed the same day, through 'correct the visit'."""
        rng = self.rng
        counter = [index for index, (_, _, card) in enumerate(visit.payments) if card is None]
        items = [replace(item) for item in visit.items]
        payments = list(visit.payments)
        kind = rng.choice(("method", "product", "discount", "therapist"))
        if kind == "method" and counter:
            index = counter[0]
            method, amount, _ = payments[index]
            other = rng.choice([m for m in ("wechat", "alipay", "card", "cash") if m != method])
            payments[index] = (other, amount, None)
            reason = "付款方式登记错了"
        elif kind == "discount" and counter:
            item = next((i for i in items if i.package is None and i.kind == "service" and not i.discount_fen), None)
            method, amount, _ = payments[counter[-1]]
            cut = share(item.item.price_fen, 1, 10) if item else 0
            if not item or cut >= amount:
                return
            item.discount_fen = cut
            payments[counter[-1]] = (method, amount - cut, None)
            reason = "忘记打会员 9 折"
        elif kind == "therapist" and any(i.therapist_id for i in items):
            item = next(i for i in items if i.therapist_id)
            able = self._able(item.item, visit.visited_at.date()) if item.kind == "service" else []
            others = [staff_id for staff_id in able if staff_id != item.therapist_id]
            if not others:
                return
            item.therapist_id = rng.choice(others)
            reason = "技师登记错了"
        else:
            product = self._product(state, visit.visited_at.date())
            items.append(PlannedItem("product", product, 1, 0, None))
            payments.append((self._counter_method(state), product.price_fen, None))
            reason = "漏登记了购买的产品"
        visit.corrected = replace(visit, items=items, payments=payments, corrected=None)
        visit.correction_reason, visit.fixed_at = reason, fixed_at


def _pick(rng: random.Random, weighted: Sequence[tuple[float, _T]]) -> _T:
    """A weighted choice from ((weight, value), ...)."""
    total = sum(weight for weight, _ in weighted)
    roll = rng.random() * total
    for weight, value in weighted:
        roll -= weight
        if roll < 0:
            return value
    return weighted[-1][1]


__all__ = ["ClientState", "DemoStaff", "History", "PROFILES"]

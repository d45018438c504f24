"""The at-a-glance card of the selected client: what the front desk needs with her at the counter."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from salon.clients import choices
from salon.clients.birthdays import age_on, describe
from salon.clients.profiles import birthday_of, get_client
from salon.errors import NotFoundError
from salon.packages.views import PackageView, client_packages
from salon.store.models import ClientSkinConcern, FamilyMember
from salon.words import clauses, labelled, listing, separated, with_note
from ui.common.formats import date_text
from ui.common.labels import amount_text
from ui.common.messages import choice_label

# Highlight only (F6 "running low": ≤ 2 sessions); the reminders own the rule that acts on it.
LOW_SESSIONS = 2
EXPIRY_WARNING_DAYS = 30


def _label(table: dict[str, str], value: str) -> str:
    return choice_label(choices.label(table, value)) if value else ""


class ClientCard(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        self._body = QLabel()
        self._body.setObjectName("clientCardBody")
        self._body.setWordWrap(True)
        self._body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body.setContentsMargins(12, 8, 12, 8)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._body)
        self.setWidget(holder)
        self._pending: int | None = None
        self.show_client(None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, lambda: self.show_client(self._pending) if self._pending is not None else None)

    def text(self) -> str:
        return self._body.text()

    def show_client(self, client_id: int | None) -> None:
        if not self.isVisible() and client_id is not None:
            # Before the window is first painted: the list first, the card (a lunar birthday to convert, her
            # cards to sum) right after.
            self._pending = client_id
            return
        self._pending = None
        if client_id is None:
            hint = self.tr("选择一位客户，查看她的档案摘要。")
            self._body.setText(f"<p style='color:#888'>{escape(hint)}</p>")
            return
        try:
            client = get_client(client_id)
        except NotFoundError:
            self.show_client(None)
            return
        self._body.setText(self._html(client))

    def _html(self, client) -> str:
        age_word, archived_word, allergy_word = self.tr("岁"), self.tr("已归档"), self.tr("过敏/禁忌")
        birthday = birthday_of(client)
        age = age_on(birthday, date.today())
        title = escape(client.name)
        if client.gender:
            title += f" <span style='color:#888;font-size:11pt'>{escape(_label(choices.GENDERS, client.gender))}"
            title += (f" · {age}{escape(age_word)}" if age is not None else "") + "</span>"
        parts = [f"<h2 style='margin:0 0 4px 0'>{title}</h2>"]
        if client.archived_at is not None:
            parts.append(f"<p style='color:#b00'>{escape(archived_word)}</p>")
        if client.allergies or client.contraindications:
            warning = separated(x for x in (client.allergies, client.contraindications) if x)
            parts.append(
                f"<p style='background:#fdecea;color:#a00;padding:4px'><b>{escape(labelled(allergy_word))}</b>"
                f"{escape(warning)}</p>"
            )
        parts.append(self._packages_html(client.id))
        rows = [
            (self.tr("电话"), " / ".join(x for x in (client.phone, client.phone2) if x)),
            (self.tr("微信"), client.wechat),
            (self.tr("生日"), describe(birthday)),
            (self.tr("专属美容师"), client.therapist.name if client.therapist_id else self.tr("未分配")),
            (self.tr("肤质"), _label(choices.SKIN_TYPES, client.skin_type)),
        ]
        concerns = [
            with_note(_label(choices.SKIN_CONCERNS, c.concern), c.state) if c.state
            else _label(choices.SKIN_CONCERNS, c.concern)
            for c in client.skin_concerns.order_by(ClientSkinConcern.id)
        ]
        rows.append((self.tr("皮肤问题"), listing(concerns)))
        preferences = [
            client.pref_pressure and self.tr("力度") + " " + client.pref_pressure,
            client.pref_room_temperature and self.tr("室温") + " " + client.pref_room_temperature,
            client.pref_drink and self.tr("饮品") + " " + client.pref_drink,
            client.pref_music and self.tr("音乐") + " " + client.pref_music,
            _label(choices.CONVERSATION, client.pref_conversation),
        ]
        rows.append((self.tr("偏好"), clauses(p for p in preferences if p)))
        contact = _label(choices.CONTACT_CHANNELS, client.contact_channel)
        if client.contact_best_time:
            contact = with_note(contact, client.contact_best_time)
        if client.do_not_contact:
            contact = self.tr("请勿主动联系")
        rows.append((self.tr("联系方式"), contact))
        family = [
            with_note(_label(choices.RELATIONS, m.relation) + " " + m.name, describe(birthday_of(m)))
            if m.birthday_calendar else _label(choices.RELATIONS, m.relation) + " " + m.name
            for m in client.family.order_by(FamilyMember.id)
        ]
        rows.append((self.tr("家人"), separated(family)))
        rows += [
            (self.tr("社区"), client.community),
            (self.tr("职业"), client.occupation),
            (self.tr("兴趣"), client.interests),
            (self.tr("期望"), client.goals),
            (self.tr("标签"), client.tags),
            (self.tr("备注"), client.notes),
        ]
        table = "".join(
            f"<tr><td style='color:#666;padding:2px 10px 2px 0;white-space:nowrap'>{escape(k)}</td>"
            f"<td style='padding:2px 0'>{escape(v)}</td></tr>"
            for k, v in rows if v
        )
        parts.append(f"<table>{table}</table>")
        return "".join(parts)

    def _packages_html(self, client_id: int) -> str:
        """The open cards with what is left — the counter sees at a glance what today's visit can use."""
        today = date.today()
        items = []
        for package in client_packages(client_id, include_closed=False):
            text, low = package_summary(package, today)
            style = "color:#b35c00;font-weight:bold" if low else ""
            items.append(f"<div style='{style}'>{escape(text)}</div>")
        if not items:
            return ""
        heading = self.tr("在用卡项")
        return (f"<p style='margin:6px 0 2px 0;color:#666'>{escape(heading)}</p>"
                f"<div style='background:#f3f7fb;padding:4px'>{''.join(items)}</div>")


def package_summary(package: PackageView, today: date) -> tuple[str, bool]:
    """'清洁10次卡 剩 11 次 · 至 2027-11-22' and whether it runs low (≤ 2 sessions, or expires within 30 days)."""
    if package.kind == "stored_value":
        left = QCoreApplication.translate("ClientCard", "余额 %1").replace("%1", amount_text(package.balance_fen))
        low = False
    elif package.sessions_left is None:
        left, low = QCoreApplication.translate("ClientCard", "不限次"), False
    else:
        left = QCoreApplication.translate("ClientCard", "剩 %1 次").replace("%1", str(package.sessions_left))
        low = package.sessions_left <= LOW_SESSIONS
    text = f"{package.name} {left}"
    if package.expires_on:
        text += " · " + QCoreApplication.translate("ClientCard", "至 %1").replace(
            "%1", date_text(package.expires_on))
        low = low or (package.expires_on - today).days <= EXPIRY_WARNING_DAYS
    return text, low

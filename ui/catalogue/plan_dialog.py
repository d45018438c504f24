"""Add/edit a package plan (卡项): count card, annual/monthly card or stored-value card.

The form shows only the fields that the chosen kind uses; salon.catalogue.save_plan decides what is valid.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from salon.catalogue import NAME_LIMIT, PLAN_KINDS, PlanInput, get_plan, list_services, plan_service_ids, save_plan
from salon.errors import ValidationError
from salon.money import parse_yuan
from salon.plausibility import Doubt, card_doubts
from ui.common.forms import FormDialog, plain_text_edit
from ui.common.labels import money_input
from ui.common.messages import error_text
from ui.common.style import WARNING, set_role

SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanDialog(FormDialog):
    def __init__(self, plan_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_id = plan_id
        self.setWindowTitle(self.tr("新增卡项") if plan_id is None else self.tr("编辑卡项"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setObjectName("planName")
        self.name_edit.setPlaceholderText(self.tr("必填，如：清洁10次卡、理疗年卡、储值1000送200"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("planKind")
        kind_texts = {"count": self.tr("次卡/疗程卡（买 N 次）"), "period": self.tr("年卡/月卡（有效期内使用）"),
                      "stored_value": self.tr("储值卡（充值送金额）")}
        for kind in PLAN_KINDS:
            self.kind_combo.addItem(kind_texts[kind], kind)
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("planPrice")
        self.price_edit.setPlaceholderText(self.tr("元"))
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setObjectName("planSessions")
        self.sessions_spin.setRange(0, 10000)
        self.sessions_spin.setSuffix(self.tr(" 次"))
        self.bonus_sessions_spin = QSpinBox()
        self.bonus_sessions_spin.setObjectName("planBonusSessions")
        self.bonus_sessions_spin.setRange(0, 1000)
        self.bonus_sessions_spin.setSuffix(self.tr(" 次"))
        self.bonus_edit = QLineEdit()
        self.bonus_edit.setObjectName("planBonus")
        self.bonus_edit.setPlaceholderText(self.tr("元，如 200；不送留空"))
        self.validity_spin = QSpinBox()
        self.validity_spin.setObjectName("planValidity")
        self.validity_spin.setRange(0, 3660)
        self.validity_spin.setSuffix(self.tr(" 天"))
        self.validity_spin.setSpecialValueText(self.tr("长期有效"))
        validity_row = QWidget()
        row = QHBoxLayout(validity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.validity_spin, 1)
        for days, text in ((30, self.tr("一个月")), (90, self.tr("三个月")), (365, self.tr("一年"))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not through presets
            button.clicked.connect(lambda _checked=False, d=days: self.validity_spin.setValue(d))
            row.addWidget(button)
        validity_row.setFocusProxy(self.validity_spin)
        self.services_list = QListWidget()
        self.services_list.setObjectName("planServices")
        self.services_list.setMinimumHeight(120)
        self.active_check = QCheckBox(self.tr("在售（停售后老客户的卡照常使用）"))
        self.active_check.setObjectName("planActive")
        self.active_check.setChecked(True)
        self.notes = plain_text_edit()

        self.form.addRow(self.tr("名称 *"), self.name_edit)
        self.form.addRow(self.tr("类型"), self.kind_combo)
        self.form.addRow(self.tr("售价 *"), self.price_edit)
        self.form.addRow(self.tr("次数"), self.sessions_spin)
        self.form.addRow(self.tr("赠送次数"), self.bonus_sessions_spin)
        self.form.addRow(self.tr("赠送金额"), self.bonus_edit)
        self.form.addRow(self.tr("有效期"), validity_row)
        self.validity_hint = QLabel(self.tr("提示：记名储值卡按规定不设有效期；设了也不会作废余额，"
                                            "过期后可激活或按剩余本金退款。"))
        self.validity_hint.setObjectName("validityHint")
        self.validity_hint.setWordWrap(True)
        set_role(self.validity_hint, WARNING)
        self.form.addRow("", self.validity_hint)
        self.form.addRow(self.tr("可用项目 *"), self.services_list)
        self.form.addRow("", self.active_check)
        self.form.addRow(self.tr("备注"), self.notes)
        self.fields.update({"name": self.name_edit, "kind": self.kind_combo, "price": self.price_edit,
                            "sessions": self.sessions_spin, "bonus_sessions": self.bonus_sessions_spin,
                            "bonus": self.bonus_edit, "validity_days": self.validity_spin,
                            "service_ids": self.services_list})

        chosen: list[int] = []
        if plan_id is not None:
            chosen = plan_service_ids(plan_id)
        self._fill_services(chosen)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.validity_spin.valueChanged.connect(lambda _v: self._update_validity_hint())
        self._shown_kind = "count"
        if plan_id is not None:
            self._load(plan_id)
            self._shown_kind = self.kind()
        else:
            self.sessions_spin.setValue(10)
        self._kind_changed()
        self.name_edit.setFocus()

    def _fill_services(self, chosen: list[int]) -> None:
        """Active services, plus any inactive one the plan already has (kept, and marked)."""
        for service in list_services(include_inactive=True):
            if not service.active and service.id not in chosen:
                continue
            text = service.name if service.active else self.tr("%1（已停用）").replace("%1", service.name)
            if service.category:
                text = f"{text} · {service.category}"
            item = QListWidgetItem(text)
            item.setData(SERVICE_ID_ROLE, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if service.id in chosen else Qt.CheckState.Unchecked)
            self.services_list.addItem(item)

    def _load(self, plan_id: int) -> None:
        plan = get_plan(plan_id)
        self.name_edit.setText(plan.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(plan.kind)))
        self.price_edit.setText(money_input(plan.price_fen))
        self.sessions_spin.setValue(plan.sessions or 0)
        self.bonus_sessions_spin.setValue(plan.bonus_sessions)
        self.bonus_edit.setText(money_input(plan.bonus_fen) if plan.bonus_fen else "")
        self.validity_spin.setValue(plan.validity_days or 0)
        self.active_check.setChecked(bool(plan.active))
        self.notes.setPlainText(plan.notes)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        kind = self.kind()
        # A new plan starts from the usual terms of its kind: 10 sessions for a count card, unlimited use
        # for a period card; a number the user typed is kept.
        defaults = {"count": 10, "period": 0}
        if self.plan_id is None and self.sessions_spin.value() == defaults.get(self._shown_kind, -1):
            self.sessions_spin.setValue(defaults.get(kind, 0))
        self._shown_kind = kind
        stored = kind == "stored_value"
        self.form.setRowVisible(self.sessions_spin, not stored)
        self.form.setRowVisible(self.bonus_sessions_spin, kind == "count")
        self.form.setRowVisible(self.bonus_edit, stored)
        self.form.setRowVisible(self.services_list, not stored)
        self._update_validity_hint()
        self.form.labelForField(self.price_edit).setText(self.tr("充值金额 *") if stored else self.tr("售价 *"))
        sessions_label = self.form.labelForField(self.sessions_spin)
        if kind == "period":
            sessions_label.setText(self.tr("次数上限"))
            self.sessions_spin.setSpecialValueText(self.tr("不限次"))
            self.validity_spin.setSpecialValueText(self.tr("请选择"))
        else:
            sessions_label.setText(self.tr("次数 *"))
            self.sessions_spin.setSpecialValueText("")
            self.validity_spin.setSpecialValueText(self.tr("长期有效"))

    def _update_validity_hint(self) -> None:
        self.form.setRowVisible(self.validity_hint, self.kind() == "stored_value" and self.validity_spin.value() > 0)

    def service_ids(self) -> list[int]:
        return [self.services_list.item(row).data(SERVICE_ID_ROLE) for row in range(self.services_list.count())
                if self.services_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_services_checked(self, service_ids: list[int]) -> None:
        for row in range(self.services_list.count()):
            item = self.services_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(SERVICE_ID_ROLE) in service_ids
                               else Qt.CheckState.Unchecked)

    def plan_input(self) -> PlanInput:
        kind = self.kind()
        sessions = self.sessions_spin.value() or None  # a period card without a cap: unlimited
        return PlanInput(
            name=self.name_edit.text(), kind=kind, price=self.price_edit.text(), sessions=sessions,
            bonus_sessions=self.bonus_sessions_spin.value() if kind == "count" else 0,
            bonus=self.bonus_edit.text() if kind == "stored_value" else "",
            validity_days=self.validity_spin.value() or None, service_ids=self.service_ids(),
            active=self.active_check.isChecked(), notes=self.notes.toPlainText(),
        )

    def _message(self, error: ValidationError) -> str:
        return self.tr("请填写卡项名称。") if error.code == "name_required" else error_text(error)

    def _doubts(self) -> list[Doubt]:
        data = self.plan_input()
        return card_doubts(parse_yuan(data.price, "price"), parse_yuan(data.bonus, "bonus", allow_empty=True))

    def _save(self) -> int:
        self.plan_id = save_plan(self.plan_input(), self.plan_id).id
        return self.plan_id

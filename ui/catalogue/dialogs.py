"""Add/edit dialogs for services and retail products."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from salon.catalogue import (
    CODE_LIMIT,
    NAME_LIMIT,
    ProductInput,
    ServiceInput,
    format_commission,
    get_product,
    get_service,
    list_products,
    list_services,
    save_product,
    save_service,
)
from salon.errors import ValidationError
from salon.money import parse_yuan
from salon.plausibility import Doubt, amount_doubts
from ui.common.forms import FormDialog, plain_text_edit
from ui.common.labels import money_input
from ui.common.messages import error_text


def code_edit(object_name: str) -> QLineEdit:
    """The salon's short code for an item: what the counter types to find it ('QJ', '101')."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setMaxLength(CODE_LIMIT)
    edit.setPlaceholderText(QCoreApplication.translate("catalogue", "可不填；字母或数字，开单时输入即可找到"))
    return edit


def category_combo(categories: list[str], placeholder: str) -> QComboBox:
    """Pick a category already used (so the list groups well) or type a new one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted({c for c in categories if c}))
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    return combo


class ServiceDialog(FormDialog):
    """A service (护理项目): name, category, price, duration, follow-up days, commission."""

    def __init__(self, service_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_id = service_id
        self.setWindowTitle(self.tr("新增项目") if service_id is None else self.tr("编辑项目"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("serviceName")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("必填，如：深层清洁"))
        self.code_edit = code_edit("serviceCode")
        self.category_combo = category_combo([s.category for s in list_services(include_inactive=True)],
                                             self.tr("如：面部护理、身体SPA"))
        self.category_combo.setObjectName("serviceCategory")
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("servicePrice")
        self.price_edit.setPlaceholderText(self.tr("元，如 198"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("serviceDuration")
        self.duration_spin.setRange(0, 1440)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" 分钟"))
        self.followup_edit = QLineEdit()
        self.followup_edit.setObjectName("serviceFollowup")
        self.followup_edit.setPlaceholderText(self.tr("做完后第几天回访，如 1,7；不回访留空"))
        self.commission_edit = QLineEdit()
        self.commission_edit.setObjectName("serviceCommission")
        self.commission_edit.setPlaceholderText(self.tr("留空按美容师比例；12% 为按价格比例；30 为每次 30 元"))
        self.active_check = QCheckBox(self.tr("在售（停用后不再出现在开单中，历史记录保留）"))
        self.active_check.setObjectName("serviceActive")
        self.active_check.setChecked(True)
        self.notes = plain_text_edit()
        self.form.addRow(self.tr("名称 *"), self.name_edit)
        self.form.addRow(self.tr("简码"), self.code_edit)
        self.form.addRow(self.tr("分类"), self.category_combo)
        self.form.addRow(self.tr("价格 *"), self.price_edit)
        self.form.addRow(self.tr("时长"), self.duration_spin)
        self.form.addRow(self.tr("回访天数"), self.followup_edit)
        self.form.addRow(self.tr("提成"), self.commission_edit)
        self.form.addRow("", self.active_check)
        self.form.addRow(self.tr("备注"), self.notes)
        self.fields.update({"name": self.name_edit, "code": self.code_edit, "price": self.price_edit,
                            "duration_min": self.duration_spin,
                            "followup_days": self.followup_edit, "commission": self.commission_edit,
                            "commission_rate": self.commission_edit})
        if service_id is not None:
            self._load(service_id)
        self.name_edit.setFocus()

    def _load(self, service_id: int) -> None:
        service = get_service(service_id)
        self.name_edit.setText(service.name)
        self.code_edit.setText(service.code)
        self.category_combo.setEditText(service.category)
        self.price_edit.setText(money_input(service.price_fen))
        self.duration_spin.setValue(service.duration_min)
        self.followup_edit.setText(service.followup_days)
        self.commission_edit.setText(format_commission(service.commission_rate_bp, service.commission_fen)
                                     .replace(",", ""))
        self.active_check.setChecked(bool(service.active))
        self.notes.setPlainText(service.notes)

    def service_input(self) -> ServiceInput:
        return ServiceInput(name=self.name_edit.text(), code=self.code_edit.text(),
                            category=self.category_combo.currentText(),
                            price=self.price_edit.text(), duration_min=self.duration_spin.value(),
                            followup_days=self.followup_edit.text(), commission=self.commission_edit.text(),
                            active=self.active_check.isChecked(), notes=self.notes.toPlainText())

    def _message(self, error: ValidationError) -> str:
        return self.tr("请填写项目名称。") if error.code == "name_required" else error_text(error)

    def _doubts(self) -> list[Doubt]:
        return amount_doubts(parse_yuan(self.price_edit.text(), "price"), self.tr("价格"))

    def _save(self) -> int:
        self.service_id = save_service(self.service_input(), self.service_id).id
        return self.service_id


class ProductDialog(FormDialog):
    """A retail product (零售产品): brand, name, type, price."""

    def __init__(self, product_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product_id = product_id
        self.setWindowTitle(self.tr("新增产品") if product_id is None else self.tr("编辑产品"))
        known = list_products(include_inactive=True)
        self.brand_combo = category_combo([p.brand for p in known], self.tr("如：雅漾、薇诺娜"))
        self.brand_combo.setObjectName("productBrand")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("productName")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.code_edit = code_edit("productCode")
        self.name_edit.setPlaceholderText(self.tr("必填，如：舒护活泉水喷雾 150ml"))
        self.kind_combo = category_combo([p.kind for p in known], self.tr("如：面膜、精华、防晒"))
        self.kind_combo.setObjectName("productKind")
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("productPrice")
        self.price_edit.setPlaceholderText(self.tr("元，如 128"))
        self.active_check = QCheckBox(self.tr("在售"))
        self.active_check.setObjectName("productActive")
        self.active_check.setChecked(True)
        self.notes = plain_text_edit()
        self.form.addRow(self.tr("品牌"), self.brand_combo)
        self.form.addRow(self.tr("名称 *"), self.name_edit)
        self.form.addRow(self.tr("简码"), self.code_edit)
        self.form.addRow(self.tr("类型"), self.kind_combo)
        self.form.addRow(self.tr("价格 *"), self.price_edit)
        self.form.addRow("", self.active_check)
        self.form.addRow(self.tr("备注"), self.notes)
        self.fields.update({"name": self.name_edit, "code": self.code_edit, "price": self.price_edit})
        if product_id is not None:
            self._load(product_id)
        self.brand_combo.setFocus()

    def _load(self, product_id: int) -> None:
        product = get_product(product_id)
        self.brand_combo.setEditText(product.brand)
        self.name_edit.setText(product.name)
        self.code_edit.setText(product.code)
        self.kind_combo.setEditText(product.kind)
        self.price_edit.setText(money_input(product.price_fen))
        self.active_check.setChecked(bool(product.active))
        self.notes.setPlainText(product.notes)

    def product_input(self) -> ProductInput:
        return ProductInput(name=self.name_edit.text(), code=self.code_edit.text(),
                            brand=self.brand_combo.currentText(),
                            kind=self.kind_combo.currentText(), price=self.price_edit.text(),
                            active=self.active_check.isChecked(), notes=self.notes.toPlainText())

    def _message(self, error: ValidationError) -> str:
        return self.tr("请填写产品名称。") if error.code == "name_required" else error_text(error)

    def _doubts(self) -> list[Doubt]:
        return amount_doubts(parse_yuan(self.price_edit.text(), "price"), self.tr("价格"))

    def _save(self) -> int:
        self.product_id = save_product(self.product_input(), self.product_id).id
        return self.product_id

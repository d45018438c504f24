"""The lines of a visit: type-ahead to add a service or product, then quantity, price, discount, which card
pays for it and which therapist did it — one row of widgets per line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon.catalogue import get_product, get_service
from salon.errors import ValidationError
from salon.item_search import CounterItem, counter_items, find_items, likely_services
from salon.money import parse_yuan
from salon.packages.ledger import get_package
from salon.packages.usage import packages_for_service
from salon.store.models import ClientPackage
from salon.visits.pricing import VisitItemInput
from salon.words import with_note
from ui.common.labels import amount_text, money_input
from ui.common.style import set_role


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("packages", …) so lupdate finds them."""
    return QCoreApplication.translate("packages", text)


translate = QCoreApplication.translate


def _date_text(value: object) -> str:
    return str(value)[:10] if value else ""


def package_choice_text(package: ClientPackage, given_back: int = 0) -> str:
    """'清洁10次卡（剩 11 次，至 2027-11-22）': what the counter needs to pick the right card.

    `given_back` adds the sessions this visit already took from it (a correction re-applies the visit).
    """
    if package.sessions_left is None:
        left = translate("packages", "不限次")
    else:
        left = translate("packages", "剩 %1 次").replace("%1", str(package.sessions_left + given_back))
    if package.expires_on:
        left += translate("packages", "，至 %1").replace("%1", _date_text(package.expires_on))
    return with_note(package.name, left)


class ItemPicker(QComboBox):
    """An editable combo over the active services and products: type initials, pinyin, part of a name or a
    code and the matches drop down (salon.item_search); Enter adds the first (or the one chosen with ↓);
    or open the list and click one. Emits `picked(kind, item_id)` and empties itself for the next one.
    Enter with nothing typed emits `empty_enter` (the editor then offers what the client most likely has)."""

    picked = Signal(str, int)
    not_found = Signal(str)
    empty_enter = Signal()

    def __init__(self, items: list[CounterItem] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(24)
        self.items = counter_items() if items is None else items
        for item in self.items:
            self.addItem(self.item_text(item), item.key)
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("输入名称、拼音首字母或简码，回车添加"))
        self.lineEdit().textEdited.connect(self._suggest)
        self.lineEdit().returnPressed.connect(self.pick_typed)
        self.activated.connect(self._pick_index)
        self._picked_by_key = False
        self.reset()

    def item_text(self, item: CounterItem) -> str:
        prefix = self.tr("〔产品〕") if item.kind == "product" else ""
        return prefix + with_note(item.name, amount_text(item.price_fen))

    def reset(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()
        self._matches.setStringList([])

    def matching_rows(self, text: str) -> list[int]:
        """The combo rows for typed text, best first (an item's own text, as the completer shows it, too)."""
        exact = self.findText(text.strip(), Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            return [exact]
        rows = {item.key: row for row, item in enumerate(self.items)}
        return [rows[item.key] for item in find_items(self.items, text)]

    def find_item(self, text: str) -> int:
        rows = self.matching_rows(text)
        return rows[0] if rows else -1

    def _suggest(self, text: str) -> None:
        rows = self.matching_rows(text)[:30] if text.strip() else []
        self._matches.setStringList([self.itemText(row) for row in rows])
        if rows:
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def pick_typed(self) -> None:
        text = self.currentText()
        if not text.strip():
            self.empty_enter.emit()
            return
        row = self.find_item(text)
        if row < 0:
            self.not_found.emit(text.strip())
            return
        # The combo reports the same Enter as `activated` right after this (when the text was an item's): once.
        self._picked_by_key = True
        QTimer.singleShot(0, self._end_key_pick)
        self._emit_row(row)

    def _end_key_pick(self) -> None:
        self._picked_by_key = False

    def _pick_index(self, row: int) -> None:
        if not self._picked_by_key:
            self._emit_row(row)

    def _emit_row(self, row: int) -> None:
        data = self.itemData(row)
        if data is None:
            return
        self.reset()
        self.picked.emit(data[0], data[1])


class VisitLine(QObject):
    """One line's widgets; the editor lays them out in a grid row."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, kind: str, item_id: int, name: str, unit_price_fen: int, staff: list[StaffChoice],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.item_id = item_id
        self.therapist_is_default = True
        self.source_is_default = True  # the card was preselected, not chosen: a new date may choose again
        self.name_label = QLabel(name)
        self.name_label.setObjectName("lineName")
        self.quantity_spin = QSpinBox(parent)
        self.quantity_spin.setRange(1, 999)
        self.price_edit = QLineEdit(money_input(unit_price_fen), parent)  # typed over: parse_yuan reads it
        self.price_edit.setMaximumWidth(90)
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount_edit = QLineEdit(parent)
        self.discount_edit.setPlaceholderText("0")
        self.discount_edit.setMaximumWidth(80)
        self.discount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.source_combo = QComboBox(parent)
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.setMinimumContentsLength(16)
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.therapist_combo = QComboBox(parent)
        self.therapist_combo.addItem("—", None)
        for person in staff:
            self.therapist_combo.addItem(person.name, person.id)
        self.amount_label = QLabel(parent)
        self.amount_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_label.setMinimumWidth(70)
        self.remove_button = QToolButton(parent)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("删除这一行"))
        self.saved_package_id: int | None = None  # the card a saved line used: always offered again

        self.quantity_spin.valueChanged.connect(lambda _value: self.changed.emit())
        self.price_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.discount_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.source_combo.activated.connect(self._source_chosen)
        self.therapist_combo.activated.connect(self._therapist_chosen)
        self.therapist_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def widgets(self) -> list[QWidget]:
        return [self.name_label, self.quantity_spin, self.price_edit, self.discount_edit, self.source_combo,
                self.therapist_combo, self.amount_label, self.remove_button]

    def focus_chain(self) -> list[QWidget]:
        return [self.quantity_spin, self.price_edit, self.discount_edit, self.source_combo, self.therapist_combo,
                self.remove_button]

    def package_id(self) -> int | None:
        return self.source_combo.currentData()

    def therapist_id(self) -> int | None:
        return self.therapist_combo.currentData()

    def set_therapist(self, staff_id: int | None, *, by_default: bool) -> None:
        index = self.therapist_combo.findData(staff_id)
        self.therapist_combo.setCurrentIndex(max(0, index))
        self.therapist_is_default = by_default

    def set_sources(self, packages: list[ClientPackage], selected: int | None,
                    given_back: dict[int, int] | None = None) -> None:
        """'现付' plus each card that can pay for this line; keeps `selected` when it is offered."""
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("现付"), None)
        for package in packages:
            self.source_combo.addItem(package_choice_text(package, (given_back or {}).get(package.id, 0)),
                                      package.id)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(selected)))
        self.source_combo.setEnabled(self.kind == "service" and bool(packages))
        self.source_combo.blockSignals(False)
        self._source_changed()

    def show_amount(self, amount_fen: int | None) -> None:
        if amount_fen is None:
            self.amount_label.setText("—")
        elif self.package_id() is not None:
            self.amount_label.setText(self.tr("卡扣"))
        else:
            self.amount_label.setText(amount_text(amount_fen))

    def to_input(self) -> VisitItemInput:
        return VisitItemInput(
            self.kind, self.item_id, self.quantity_spin.value(),
            parse_yuan(self.price_edit.text(), "price"),
            parse_yuan(self.discount_edit.text(), "discount", allow_empty=True),
            self.therapist_id(), self.package_id(),
        )

    def delete_widgets(self) -> None:
        for widget in self.widgets():
            widget.deleteLater()

    def _source_changed(self, *_args) -> None:
        # A line paid by a card costs nothing at the counter: price and discount stay as recorded but greyed.
        by_card = self.package_id() is not None
        self.price_edit.setEnabled(not by_card)
        self.discount_edit.setEnabled(not by_card)
        self.changed.emit()

    def _therapist_chosen(self, *_args) -> None:
        self.therapist_is_default = False

    def _source_chosen(self, *_args) -> None:
        self.source_is_default = False


class LinesEditor(QWidget):
    """The picker and the lines; emits `changed()` on every edit so the dialog can re-price live."""

    changed = Signal()
    not_found = Signal(str)
    catalogue_requested = Signal()  # the menu is empty: the front desk is sent to add services first

    def __init__(self, client_id: int, on: date, staff: list[StaffChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.on = on
        self.staff = staff
        self.default_therapist_id: int | None = None
        # Sessions a saved visit took from each card: they go back before a correction, so they count as left.
        self.given_back: dict[int, int] = {}
        self.lines: list[VisitLine] = []

        self.picker = ItemPicker()
        # What she most likely has today, offered by Enter in the empty picker before anything was added.
        offered = {item.key: item for item in self.picker.items}
        self.likely = [offered[("service", service_id)] for service_id in likely_services(client_id, on)
                       if ("service", service_id) in offered]
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setObjectName("addLineButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("添加输入的项目或产品（回车）"))
        picker_row = QHBoxLayout()
        picker_row.addWidget(QLabel(self.tr("添加项目/产品")))
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)

        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        headers = (self.tr("项目/产品"), self.tr("数量"), self.tr("单价"), self.tr("优惠"), self.tr("支付方式"),
                   self.tr("美容师"), self.tr("金额"), "")
        for column, text in enumerate(headers):
            label = QLabel(text)
            set_role(label, "hint")
            self._grid.addWidget(label, 0, column)
        self._grid.setColumnStretch(0, 1)
        self.empty_label = QLabel(self.tr("还没有项目。输入名称（如“清洁”）后按回车，或点下拉箭头选择。"))
        set_role(self.empty_label, "hint")
        self._grid.addWidget(self.empty_label, 999, 0, 1, len(headers))
        self.catalogue_button = QPushButton(self.tr("去添加项目…"))
        self.catalogue_button.setObjectName("addServicesFirst")
        self.catalogue_button.setAutoDefault(False)
        self.catalogue_button.clicked.connect(self.catalogue_requested)
        self._grid.addWidget(self.catalogue_button, 998, 0, 1, 2)
        self._grid.setRowStretch(1000, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_holder)
        scroll.setMinimumHeight(150)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker_row)
        layout.addWidget(scroll, 1)

        self.picker.picked.connect(self._picked)
        self.picker.not_found.connect(self.not_found.emit)
        self.picker.empty_enter.connect(self.add_likely)
        if not self.picker.items:
            self.empty_label.setText(self.tr("还没有可选的项目和产品：请先在“项目与卡项”里添加服务项目。"))
        self.catalogue_button.setVisible(not self.picker.items)
        self._show_hint()
        self.add_button.clicked.connect(self.picker.pick_typed)

    # --- adding and removing --------------------------------------------------------------------
    def add_item(self, kind: str, item_id: int, *, quantity: int = 1, unit_price_fen: int | None = None,
                 discount_fen: int = 0, therapist_id: int | None = None, package_id: int | None = None,
                 choose_package: bool = True, as_saved: bool = False) -> VisitLine:
        """Add a line; a service gets the card that should pay for it preselected (unless told otherwise).

        `as_saved`: a line of a saved visit, loaded for correction: no therapist stays no therapist (a
        default filled in here would change the line's commission on an unrelated correction).
        """
        item = get_service(item_id) if kind == "service" else get_product(item_id)
        name = item.name if kind == "service" else " ".join(p for p in (item.brand, item.name) if p)
        price = item.price_fen if unit_price_fen is None else unit_price_fen
        line = VisitLine(kind, item_id, name, price, self.staff, self._grid_holder)
        if therapist_id is not None and line.therapist_combo.findData(therapist_id) < 0:
            # A saved line's therapist who has left since: still shown, so the correction keeps her.
            from salon.staff import get_staff

            line.therapist_combo.addItem(get_staff(therapist_id).name, therapist_id)
        line.quantity_spin.setValue(quantity)
        if discount_fen:
            line.discount_edit.setText(money_input(discount_fen))
        if as_saved:
            line.set_therapist(therapist_id, by_default=False)
        else:
            line.set_therapist(therapist_id if therapist_id is not None else self.default_therapist_id,
                               by_default=therapist_id is None)
        line.saved_package_id = package_id if not choose_package else None
        line.source_is_default = choose_package and package_id is None
        self.lines.append(line)
        if kind == "service":
            options = self._package_options(line)
            if package_id is None and choose_package:
                package_id = self._first_with_room(options, line)
            line.set_sources(options, package_id, self.given_back)
        else:
            line.set_sources([], None)
        line.changed.connect(self.changed.emit)
        line.remove_requested.connect(self.remove_line)
        self._relayout()
        self.changed.emit()
        return line

    def remove_line(self, line: VisitLine) -> None:
        if line not in self.lines:
            return
        self.lines.remove(line)
        for widget in line.widgets():
            self._grid.removeWidget(widget)
        line.delete_widgets()
        line.deleteLater()
        self._relayout()
        self.changed.emit()
        self.picker.setFocus()

    def _picked(self, kind: str, item_id: int) -> None:
        self.add_item(kind, item_id)
        self.picker.setFocus()

    def add_likely(self) -> VisitLine | None:
        """Enter in the empty picker of an empty visit: the service she most likely has today."""
        if self.lines or not self.likely:
            return None
        line = self.add_item("service", self.likely[0].id)
        self.picker.setFocus()
        return line

    def _show_hint(self) -> None:
        if self.likely and not self.lines:
            hint = self.tr("回车添加“%1”，或输入名称、拼音首字母、简码").replace("%1", self.likely[0].name)
        else:
            hint = self.tr("输入名称、拼音首字母或简码，回车添加")
        self.picker.lineEdit().setPlaceholderText(hint)

    # --- what the dialog asks -------------------------------------------------------------------
    def items(self) -> list[VisitItemInput]:
        """The lines as the domain takes them; a price that cannot be read names its row."""
        items = []
        for row, line in enumerate(self.lines):
            try:
                items.append(line.to_input())
            except ValidationError as error:
                error.params.setdefault("row", row)
                raise
        return items

    def show_amounts(self, amounts: list[int] | None) -> None:
        for position, line in enumerate(self.lines):
            line.show_amount(amounts[position] if amounts is not None else None)

    def set_date(self, on: date) -> None:
        """Cards valid on another day differ (expiry): offer again, keeping each line's card if still valid."""
        if on == self.on:
            return
        self.on = on
        for line in self.lines:
            if line.kind == "service":
                options = self._package_options(line)
                # A card the front desk chose stays (if valid that day); a preselected one is chosen again, so
                # moving the date away and back brings the card back.
                chosen = self._first_with_room(options, line) if line.source_is_default else line.package_id()
                line.set_sources(options, chosen, self.given_back)

    def set_default_therapist(self, staff_id: int | None) -> None:
        """Lines whose therapist nobody chose follow the visit's (first) therapist."""
        self.default_therapist_id = staff_id
        for line in self.lines:
            if line.therapist_is_default:
                line.set_therapist(staff_id, by_default=True)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.picker, self.add_button]
        for line in self.lines:
            chain += line.focus_chain()
        return chain

    # --- internals --------------------------------------------------------------------------------
    def _package_options(self, line: VisitLine) -> list[ClientPackage]:
        options = packages_for_service(self.client_id, line.item_id, self.on)
        offered = {package.id for package in options}
        if line.saved_package_id is not None and line.saved_package_id not in offered:
            options.append(get_package(line.saved_package_id))
        return options

    def _first_with_room(self, options: list[ClientPackage], line: VisitLine) -> int | None:
        """The first card that still has the sessions this line needs after the lines above took theirs."""
        for package in options:
            if package.sessions_left is None:
                return package.id
            claimed = sum(other.quantity_spin.value() for other in self.lines
                          if other is not line and other.package_id() == package.id)
            if package.sessions_left + self.given_back.get(package.id, 0) - claimed >= line.quantity_spin.value():
                return package.id
        return None

    def _relayout(self) -> None:
        for line in self.lines:
            for widget in line.widgets():
                self._grid.removeWidget(widget)
        for row, line in enumerate(self.lines, start=1):
            for column, widget in enumerate(line.widgets()):
                self._grid.addWidget(widget, row, column)
                widget.show()
        self.empty_label.setVisible(not self.lines)
        self.catalogue_button.setVisible(not self.picker.items)
        self._show_hint()

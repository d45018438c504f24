"""File ▸ Import clients: a short wizard over salon.imports — choose the file and sheet, check what each column
holds (a dropdown per column above a preview of the first rows), see the dry run, import. Reading, the dry run
and the import run off the UI thread with progress and Cancel; the import is one transaction."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salon.errors import ValidationError
from salon.imports.columns import FIELDS, REPEATABLE, choices_for, guess_mapping
from salon.imports.plan import (
    ACTION_WORDS,
    CREATE,
    MERGE_CLIENT,
    MERGE_ROW,
    REJECT,
    SKIPPED,
    ImportCancelled,
    ImportChoices,
    ImportPlan,
    RowResult,
    import_clients,
    plan_import,
)
from salon.imports.sources import SourceFile, SourceSheet, read_source
from salon.imports.values import cell_text
from salon.store.models import database_proxy
from salon.words import labelled, listing, word
from ui.common.background import BackgroundTask
from ui.common.forms import error_label
from ui.common.messages import error_text
from ui.common.record_model import Column, RecordTableModel, fit_columns, make_table

PREVIEW_ROWS = 8
_LAST_FOLDER_KEY = "import/last_folder"


translate = QCoreApplication.translate


def field_label(field: str) -> str:
    return word("imports", FIELDS[field])


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("选择客户表"))
        self.setSubTitle(self.tr("原来的 Excel 表（.xlsx）或 CSV 文件；旧版 .xls 请先在 Excel 里另存为 .xlsx。"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("还没有选择文件"))
        self.browse_button = QPushButton(self.tr("选择文件(&O)…"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.error_label = error_label()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("工作表：")))
        sheet_row.addWidget(self.sheet_combo, 1)
        layout.addLayout(sheet_row)
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def browse(self) -> None:
        settings = QSettings()
        folder = str(settings.value(_LAST_FOLDER_KEY, str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("选择客户表"), folder,
                                                    self.tr("表格 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)"))
        if path:
            settings.setValue(_LAST_FOLDER_KEY, str(Path(path).parent))
            self._wizard.open_file(path)

    def show_source(self, source: SourceFile, chosen: str) -> None:
        self.error_label.hide()
        self.path_edit.setText(str(source.path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in source.sheets:
            label = self.tr("%1（%2 行）").replace("%1", sheet.name).replace("%2", str(len(sheet.rows)))
            self.sheet_combo.addItem(label, sheet.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(chosen)))
        self.sheet_combo.blockSignals(False)
        self._sheet_chosen()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.completeChanged.emit()

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentData()
        if name is not None:
            self._wizard.choose_sheet(name)
            guess = self._wizard.header_row
            self.info_label.setText(
                self.tr("表头在第 %1 行。").replace("%1", str(guess)) if guess else
                self.tr("这张表里找不到写着“姓名”的表头行，请在下一步指定表头所在的行。"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.sheet is not None


class MappingPage(QWizardPage):
    """A dropdown per column above the first rows of the sheet; the header row can be moved."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("核对每一列"))
        self.setSubTitle(self.tr("每一列上方选它记的是什么；认不出的列记入备注，选“不导入”则不要。"))
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_moved)
        self.table = QTableWidget()
        self.table.setObjectName("importMapping")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.hint_label = error_label()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("表头在第")))
        row.addWidget(self.header_spin)
        row.addWidget(QLabel(self.tr("行")))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        sheet = self._wizard.sheet
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(sheet.rows)))
        self.header_spin.setValue(max(1, self._wizard.header_row))
        self.header_spin.blockSignals(False)
        if not self._wizard.header_row:
            self._header_moved(self.header_spin.value())
        else:
            self._fill()

    def _header_moved(self, row: int) -> None:
        self._wizard.header_row = row
        self._wizard.mapping = guess_mapping(self._wizard.sheet.row(row))
        self._fill()

    def _fill(self) -> None:
        sheet: SourceSheet = self._wizard.sheet
        header_row = self._wizard.header_row
        width = max(sheet.width, len(self._wizard.mapping))
        mapping = list(self._wizard.mapping) + ["skip"] * (width - len(self._wizard.mapping))
        self._wizard.mapping = tuple(mapping)
        rows = [row for row in sheet.rows[header_row:] if any(cell_text(cell) for cell in row)][:PREVIEW_ROWS]
        header = sheet.row(header_row)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(1 + len(rows))
        self.table.setHorizontalHeaderLabels([cell_text(header[column]) if column < len(header) else ""
                                              for column in range(width)])
        self.table.setVerticalHeaderLabels([self.tr("导入为"), *(str(n) for n in range(1, len(rows) + 1))])
        self.combos = []
        for column in range(width):
            combo = QComboBox()
            combo.setObjectName(f"mappingColumn{column}")
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(combo.findData(mapping[column]))
            combo.currentIndexChanged.connect(lambda _index, column=column: self._changed(column))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for number, row in enumerate(rows, start=1):
                item = QTableWidgetItem(cell_text(row[column]) if column < len(row) else "")
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()  # the header and at most PREVIEW_ROWS rows
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._check()

    def set_field(self, column: int, field: str) -> None:
        """Map `column` to `field`, as choosing it in the column's dropdown does."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def _changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        mapping = list(self._wizard.mapping)
        if field not in REPEATABLE:  # one column per field: the column that had it is left out
            for other, taken in enumerate(mapping):
                if other != column and taken == field:
                    mapping[other] = "skip"
                    self.combos[other].blockSignals(True)
                    self.combos[other].setCurrentIndex(self.combos[other].findData("skip"))
                    self.combos[other].blockSignals(False)
        mapping[column] = field
        self._wizard.mapping = tuple(mapping)
        self._check()

    def _check(self) -> None:
        if "name" in self._wizard.mapping:
            self.hint_label.hide()
        else:
            self.hint_label.setText(self.tr("请指定哪一列是姓名。"))
            self.hint_label.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return "name" in self._wizard.mapping


def _result_text(result: RowResult) -> str:
    if result.action == MERGE_ROW:
        merged = translate("ImportWizard", "与第 %1 行同一电话，合并").replace("%1", str(result.other_row))
        return labelled(merged, result.message) if result.message else merged
    if result.action == MERGE_CLIENT:
        merged = translate("ImportWizard", "电话已登记，并入客户编号 %1").replace("%1", str(result.client_id))
        return labelled(merged, result.message) if result.message else merged
    if result.action == REJECT and result.error is not None:
        return error_text(result.error)
    return result.message


class DryRunPage(QWizardPage):
    """What the import would do, row by row, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("导入前先看结果"))
        self.setSubTitle(self.tr("这是试运行，还没有写入任何东西。点“导入”后一次写入；被拒绝的行不会导入。"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.create_therapists = QCheckBox(self.tr("表里的美容师不在员工名单里时，新建为美容师（否则记入客户备注）"))
        self.create_therapists.toggled.connect(lambda _on: self._run())
        self.sensitive_consent = QCheckBox(
            self.tr("表中客户已单独同意记录过敏信息（敏感个人信息）；不勾选则过敏一列不导入"))
        self.sensitive_consent.setObjectName("importSensitiveConsent")
        self.sensitive_consent.toggled.connect(lambda _on: self._run())
        self.only_problems = QCheckBox(self.tr("只看合并、拒绝和跳过的行"))
        self.only_problems.setChecked(True)
        self.only_problems.toggled.connect(lambda _on: self._show())
        self.results = RecordTableModel([
            Column(self.tr("行"), lambda r: str(r.row), sort_key=lambda r: r.row, numeric=True),
            Column(self.tr("结果"), lambda r: word("imports", ACTION_WORDS[r.action])),
            Column(self.tr("姓名"), lambda r: r.name),
            Column(self.tr("说明"), _result_text),
        ], parent=self, id_of=lambda r: r.row)
        self.table = make_table(self.results, "importResults")
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.create_therapists)
        layout.addWidget(self.sensitive_consent)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._run()

    def _run(self) -> None:
        self._wizard.plan = None
        self.completeChanged.emit()
        self._wizard.run_dry_run(self._planned, self.show_error)

    def _planned(self, plan: ImportPlan) -> None:
        self.error_label.hide()
        self._wizard.plan = plan
        self._show()
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        self.summary_label.setText(summary_text(plan))
        rows = plan.results if not self.only_problems.isChecked() else [
            result for result in plan.results if result.action != CREATE]
        self.results.set_records(rows)
        fit_columns(self.table)  # on the first rows: every row of 20,000 would hold the window

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        plan = self._wizard.plan
        return plan is not None and (plan.count(CREATE) + plan.count(MERGE_ROW) + plan.count(MERGE_CLIENT)) > 0


def summary_text(plan: ImportPlan) -> str:
    merged = plan.count(MERGE_ROW) + plan.count(MERGE_CLIENT)
    text = (translate("ImportWizard", "已导入：新建 %1 位客户，合并 %2 行，拒绝 %3 行，跳过 %4 行。")
            if plan.written else
            translate("ImportWizard", "将会新建 %1 位客户，合并 %2 行（同一电话），拒绝 %3 行，跳过 %4 行。"))
    text = (text.replace("%1", str(plan.count(CREATE))).replace("%2", str(merged))
            .replace("%3", str(plan.count(REJECT))).replace("%4", str(plan.count(SKIPPED))))
    if plan.unknown_therapists:
        names = listing(plan.unknown_therapists)
        text += " " + translate("ImportWizard", "不在员工名单里的美容师：%1。").replace("%1", names)
    return text


class ImportWizard(QWizard):
    """The import of an old client list. `imported(plan)` once the clients are in."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入客户"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.source: SourceFile | None = None
        self.sheet: SourceSheet | None = None
        self.header_row = 0
        self.mapping: tuple[str, ...] = ()
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("导入(&I)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(860, 560)

    @property
    def choices(self) -> ImportChoices:
        return ImportChoices(self.sheet.name if self.sheet else "", self.header_row, self.mapping,
                             self.dry_run_page.create_therapists.isChecked(),
                             self.dry_run_page.sensitive_consent.isChecked())

    # --- reading ---------------------------------------------------------------------------------
    def open_file(self, path: str) -> BackgroundTask:
        """Read the file off the UI thread; the sheet that looks like a client list is chosen."""
        self.source = self.sheet = None
        task = self._start(self.tr("正在读取 %1…").replace("%1", Path(path).name),
                           lambda progress: read_source(path, progress))
        task.finished.connect(self._file_read)
        task.failed.connect(lambda error: self.file_page.show_error(self._error_words(error)))
        return task

    def _file_read(self, source: SourceFile) -> None:
        self.source = source
        try:
            chosen = choices_for(source).sheet
        except ValidationError:
            chosen = source.sheets[0].name
        self.file_page.show_source(source, chosen)

    def choose_sheet(self, name: str) -> None:
        self.sheet = self.source.sheet(name)
        try:
            guess = choices_for(self.source, name)
            self.header_row, self.mapping = guess.row, guess.mapping
        except ValidationError:
            self.header_row, self.mapping = 0, ()
        self.plan = None

    # --- the dry run and the import -------------------------------------------------------------
    def run_dry_run(self, done: Callable[[ImportPlan], None], failed: Callable[[str], None]) -> BackgroundTask:
        choices = self.choices
        sheet, name = self.sheet, self.source.path.name
        task = self._start(self.tr("正在检查每一行…"),
                           lambda progress: plan_import(sheet, choices, name, progress=progress),
                           database_proxy.close)
        task.finished.connect(done)
        task.failed.connect(lambda error: failed(self._error_words(error)))
        return task

    def accept(self) -> None:
        """导入: write what the dry run showed (resolved again against the database as it is now)."""
        if self.plan is None or (self.task is not None and self.task.running):
            return
        choices, sheet, name, dry_run = self.choices, self.sheet, self.source.path.name, self.plan
        task = self._start(self.tr("正在导入客户…"),
                           lambda progress: import_clients(sheet, choices, name, dry_run=dry_run, progress=progress),
                           database_proxy.close)
        task.finished.connect(self._imported)
        task.failed.connect(lambda error: self.dry_run_page.show_error(self._error_words(error)))

    def _imported(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.imported.emit(plan)
        super().accept()

    def _start(self, label: str, job, on_thread_end=None) -> BackgroundTask:
        task = BackgroundTask(self, self.tr("导入客户"), label, job, on_thread_end=on_thread_end)
        self.task = task
        task.start()
        return task

    def _error_words(self, error: object) -> str:
        if isinstance(error, ImportCancelled):
            return self.tr("已取消，没有导入任何客户。")
        if isinstance(error, ValidationError):
            return error_text(error)
        return self.tr("出错了，没有导入任何客户：%1").replace("%1", str(error))

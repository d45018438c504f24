"""Printing and saving as PDF the documents the counter hands out (receipts, refund statements), from HTML."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from salon.settings import load_settings


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("documents", …) so lupdate finds them."""
    return QCoreApplication.translate("documents", text)


translate = QCoreApplication.translate


def letterhead_html(title: str, salon_name: str | None = None) -> str:
    """The top of every document the salon hands out: its name (from the owner's settings, else the app's),
    address and phone under it, then what the document is."""
    from html import escape

    settings = load_settings()
    name = salon_name or settings.salon_name or translate("documents", "客情管家")
    contact = "　".join(part for part in (settings.salon_address, settings.salon_phone) if part)
    return (f"<h2 style='text-align:center;margin:0'>{escape(name)}</h2>"
            + (f"<p style='text-align:center;margin:0;color:#555'>{escape(contact)}</p>" if contact else "")
            + f"<p style='text-align:center;margin:2px 0 8px 0'>{escape(title)}</p>")


def html_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(html: str, path: str | Path, *, layout: QPageLayout | None = None, title: str = "") -> Path:
    """Print the HTML into `path`; OSError (with the path) when it cannot be written — QPrinter never says."""
    path = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if layout is not None:
        printer.setPageLayout(layout)
    if title:
        printer.setDocName(title)
    folder = path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OSError(str(path))
    html_document(html).print_(printer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(str(path))
    return path


def print_html(parent: QWidget, html: str, title: str = "") -> None:
    """The system's print dialog, then the document on the printer chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        html_document(html).print_(printer)


def ask_and_write_pdf(parent: QWidget, html: str, suggested: Path, *, layout: QPageLayout | None = None,
                      title: str = "", caption: str = "") -> Path | None:
    """Ask where to save, write the PDF there; a folder that cannot be written gets a sentence, not a traceback."""
    caption = caption or translate("documents", "保存为 PDF")
    name, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested),
                                                translate("documents", "PDF 文件 (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        return write_pdf(html, path, layout=layout, title=title)
    except OSError as error:
        QMessageBox.warning(parent, caption, translate("documents", "无法保存 %1：文件夹不存在或没有写入权限。")
                            .replace("%1", str(error)))
        return None

"""Writing a document as PDF through Qt's print support (receipts, refund statements)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def write_pdf(document: QTextDocument, path: str | Path, *, layout: QPageLayout | None = None,
              title: str = "") -> Path:
    """Print `document` into `path`; OSError (with the path) when it cannot be written — QPrinter never says."""
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
    document.print_(printer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(str(path))
    return path

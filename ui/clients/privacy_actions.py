"""个人信息 on the client list: a copy of everything about a client (an access request) and forgetting her for
real (salon.clients.privacy), each after the owner confirms."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from salon.clients.privacy import client_data_json, forget_client
from salon.clients.profiles import get_client
from ui.common import prompts


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("privacy", …) so lupdate finds them."""
    return QCoreApplication.translate("privacy", text)


translate = QCoreApplication.translate


def export_client_data(parent: QWidget, client_id: int, path: str | None = None) -> Path | None:
    """Write everything the salon holds about her to a JSON file the owner picks; the file, or None."""
    client = get_client(client_id)
    if path is None:
        prefix = translate("privacy", "客户资料")
        suggested = str(Path.home() / f"{prefix}-{client.name}-{client_id}.json")
        path, _filter = QFileDialog.getSaveFileName(parent, translate("privacy", "导出客户的全部资料"), suggested,
                                                    translate("privacy", "JSON 文件 (*.json)"))
        if not path:
            return None
    target = Path(path)
    try:
        target.write_text(client_data_json(client_id), encoding="utf-8")
    except OSError as error:
        QMessageBox.warning(parent, translate("privacy", "导出客户的全部资料"),
                            translate("privacy", "无法写入 %1：%2").replace("%1", str(target))
                            .replace("%2", error.strerror or ""))
        return None
    return target


def forget_client_after_confirming(parent: QWidget, client_id: int) -> bool | None:
    """Ask the owner to type the client's name, then forget her; None when not confirmed, else whether her
    money history was kept under an anonymous placeholder."""
    client = get_client(client_id)
    typed, accepted = prompts.ask_text(
        parent, translate("privacy", "彻底删除个人信息"),
        translate("privacy", "将彻底删除 %1 的全部个人信息（姓名、电话、生日、家人、备注、皮肤和健康记录、"
                             "提醒和联系记录），"
            "无法恢复；消费和卡的账目会保留在“已删除的客户”名下。\n"
            "删除之前做的备份里仍有她的资料，会随备份轮换自动删除（最长 12 个月）；请不要用旧备份恢复她的资料。\n"
            "请输入她的姓名以确认：")
        .replace("%1", client.name))
    if not accepted or " ".join(typed.split()) != client.name:
        if accepted:
            QMessageBox.information(parent, translate("privacy", "彻底删除个人信息"),
                                    translate("privacy", "姓名不一致，没有删除。"))
        return None
    return forget_client(client_id)

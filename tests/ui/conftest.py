import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QMessageBox

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.staff import StaffInput, save_staff


class RecordingTranslator(QTranslator):
    """Notes every Chinese text the widgets and salon/ ask Qt to translate, and translates nothing.

    tests/ui/test_zz_translation_lookups.py checks each against the catalogue: a lookup under another context
    than the one lupdate filed the text in (a word held in a variable, a wrapper's context) finds no
    translation at run time although the catalogue looks complete.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if source and re.search(r"[\u3400-\u9fff]", source):
            self.asked.add((context, source))
        return None  # a null string: Qt asks the next translator (an empty one would BE the translation)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


TRANSLATION_LOOKUPS = RecordingTranslator()


@pytest.fixture(autouse=True, scope="session")
def record_translation_lookups(qapp):
    from salon import words

    qapp.installTranslator(TRANSLATION_LOOKUPS)
    QLocale.setDefault(QLocale("zh_CN"))  # the source language's formats, as the app sets them for zh_CN
    words_through_qt()
    yield TRANSLATION_LOOKUPS
    words.install(None)
    qapp.removeTranslator(TRANSLATION_LOOKUPS)


@pytest.fixture(autouse=True)
def source_language_after(qapp):
    """A test that switched the language (the welcome, the settings, a render in each language, a pseudo
    translator) leaves the next one in Simplified Chinese, salon/ asking Qt and the source language's formats."""
    yield
    from ui import language

    language.remove_from_application(qapp)
    words_through_qt()
    QLocale.setDefault(QLocale("zh_CN"))


@pytest.fixture(scope="session")
def tour_demo_file(tmp_path_factory):
    """A small demo salon for the tests that tour every screen (tools/screens.py), built once per session."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import screens

    path = tmp_path_factory.mktemp("tour") / "demo.db"
    screens.build_demo(path, clients=60, months=8).close()
    return path


@pytest.fixture
def tour_demo(tour_demo_file, tmp_path):
    """(database, path): a copy of the tour's demo salon, opened, for one test to change as it likes."""
    import shutil

    from salon.store.db import close_database, open_database

    path = tmp_path / "salon.db"
    shutil.copy(tour_demo_file, path)
    database = open_database(path)
    yield database, path
    close_database(database)


def words_through_qt() -> None:
    from salon import words

    words.install(lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n))


@pytest.fixture(autouse=True)
def own_preferences(tmp_path, qapp):
    """Each test starts with a computer's preferences (QSettings) of its own, in its temp folder."""
    qapp.setOrganizationName("SalonDeskTest")
    qapp.setApplicationName("SalonDeskTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "preferences"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def salon_data(database):
    """A small salon: three therapists (one inactive) and a handful of clients."""
    fang = save_staff(StaffInput(name="王芳", commission_rate="10%", specialties="面部护理"))
    li = save_staff(StaffInput(name="李丽", commission_rate="8%"))
    old = save_staff(StaffInput(name="陈静", active=True))
    clients = {}
    for name, phone, therapist in [
        ("曾小梅", "13812345678", fang.id),
        ("单丽华", "13900001111", fang.id),
        ("张三丰", "13512349999", li.id),
        ("陳美玲", "13411115678", None),
        ("王芳芳", "13322220000", old.id),
    ]:
        clients[name] = save_client(ClientInput(name=name, phone=phone, therapist_id=therapist,
                                                skin_type="dry", allergies="酒精过敏" if name == "曾小梅" else "",
                                                sensitive_consent=name == "曾小梅")).id
    from salon.staff import set_active

    set_active(old.id, False)
    return {"staff": {"王芳": fang.id, "李丽": li.id, "陈静": old.id}, "clients": clients}


@pytest.fixture
def answer_yes(monkeypatch):
    """Confirmation boxes answer Yes (a modal box would block the test)."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def package_shop(salon_data):
    """salon_data plus a count card, an annual card and a stored-value plan (the 卡项 page tests)."""
    cleansing = save_service(ServiceInput(name="深层清洁", price="198"))
    massage = save_service(ServiceInput(name="肩颈理疗", price="268"))
    plans = {
        "count": save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                                     validity_days=365, service_ids=[cleansing.id])).id,
        "annual": save_plan(PlanInput(name="理疗年卡", kind="period", price="3650", validity_days=365,
                                      service_ids=[massage.id])).id,
        "stored": save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200")).id,
    }
    return {**salon_data, "cleansing": cleansing.id, "massage": massage.id, "plans": plans,
            "client": salon_data["clients"]["曾小梅"]}


@pytest.fixture
def shop(salon_data):
    """曾小梅 (王芳's client) holds a cleansing card with 12 sessions and a 1000 + 200 stored-value card."""
    client = salon_data["clients"]["曾小梅"]
    cleansing = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7"))
    massage = save_service(ServiceInput(name="肩颈理疗", price="268"))
    serum = save_product(ProductInput(name="小棕瓶精华", brand="雅诗兰黛", price="680"))
    count_plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                                     validity_days=365, service_ids=[cleansing.id]))
    stored_plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
    # Sold yesterday: a visit an hour ago is after the sale whatever the time of day the tests run at.
    sold = datetime.now().replace(microsecond=0) - timedelta(days=1)
    card = sell_package(client, count_plan.id, [PaymentInput("cash", 158000)], when=sold)
    stored = sell_package(client, stored_plan.id, [PaymentInput("wechat", 100000)], when=sold)
    return {**salon_data, "client": client, "cleansing": cleansing.id, "massage": massage.id, "serum": serum.id,
            "card": card.id, "stored": stored.id, "count_plan": count_plan.id}

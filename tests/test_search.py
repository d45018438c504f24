import pytest

from salon.clients.profiles import ClientInput, archive_client, save_client
from salon.clients.search import search_client_ids, search_clients
from salon.clients.search_keys import name_readings, sort_key


@pytest.fixture
def clients(database):
    names = {
        "曾小梅": "13812345678",
        "单丽华": "13900001111",
        "解晓雯": "13700002222",
        "区美玲": "13600003333",
        "张三丰": "13512349999",
        "陳美玲": "13411115678",
        "王芳": "13322220000",
    }
    made = {}
    for name, phone in names.items():
        made[name] = save_client(ClientInput(name=name, phone=phone, tags="贵宾" if name == "王芳" else "")).id
    return made


def names_for(text, **options):
    return {row.name for row in search_clients(text, **options)}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zxm", {"曾小梅"}),
        ("cxm", {"曾小梅"}),  # 曾 read céng
        ("slh", {"单丽华"}),
        ("dlh", {"单丽华"}),  # 单 read dān
        ("xxw", {"解晓雯"}),
        ("jxw", {"解晓雯"}),  # 解 read jiě
        ("oml", {"区美玲"}),
        ("qml", {"区美玲"}),  # 区 read qū
        ("zengxiaomei", {"曾小梅"}),
        ("cengxiao", {"曾小梅"}),
        ("OML", {"区美玲"}),
        ("ｚｘｍ", {"曾小梅"}),  # full-width letters from an IME
    ],
)
def test_polyphonic_surnames_match_every_reading(clients, typed, expected):
    assert names_for(typed) == expected


def test_name_substring_and_given_name_pinyin(clients):
    assert names_for("美玲") == {"区美玲", "陳美玲"}
    assert names_for("meiling") == {"区美玲", "陳美玲"}
    assert names_for("ml") == {"区美玲", "陳美玲"}
    assert names_for("三") == {"张三丰"}


def test_phone_full_partial_and_last_four(clients):
    assert names_for("13812345678") == {"曾小梅"}
    assert names_for("138 1234 5678") == {"曾小梅"}
    assert names_for("+86 138-1234-5678") == {"曾小梅"}
    assert names_for("5678") == {"曾小梅", "陳美玲"}
    assert names_for("1234") == {"曾小梅", "张三丰"}


def test_tag_and_several_terms(clients):
    assert names_for("贵宾") == {"王芳"}
    assert names_for("ml 5678") == {"陳美玲"}


def test_archived_clients_are_hidden_unless_asked(clients):
    archive_client(clients["王芳"])
    assert names_for("wf") == set()
    assert names_for("wf", include_archived=True) == {"王芳"}
    assert clients["王芳"] not in search_client_ids("")


def test_empty_query_lists_everyone_in_pinyin_order(clients):
    rows = search_clients("")
    assert [r.name for r in rows][:2] == ["陳美玲", "区美玲"]
    assert len(rows) == len(clients)
    assert [r.name for r in search_clients("", descending=True)][:2] == ["张三丰", "曾小梅"]


def test_sort_by_phone(clients):
    phones = [r.phone for r in search_clients("", order_by="phone")]
    assert phones == sorted(phones)


def test_search_keys_follow_an_edit(clients):
    save_client(ClientInput(name="曾晓梅", phone="13812345678"), client_id=clients["曾小梅"])
    assert names_for("zxm") == {"曾晓梅"}
    assert names_for("xiaomei") == {"曾晓梅"}
    assert names_for("小梅") == set()


def test_surname_reading_comes_first_for_sorting():
    assert sort_key("曾小梅") == "zeng xiao mei"
    assert sort_key("单丽华") == "shan li hua"
    assert ("ceng", "xiao", "mei") in name_readings("曾小梅")


def test_the_first_page_is_the_start_of_the_whole_search(database, monkeypatch):
    from salon.clients import search
    from salon.demo.generator import generate_demo

    generate_demo(database, clients=300, months=1, seed=5)
    monkeypatch.setattr(search, "DENSE_TERM_KEYS", 30)
    for text in ("", "z", "1", "x m", "l"):
        for options in ({}, {"include_archived": True}, {"descending": True}):
            page = search.first_page_ids(text, size=20, **options)
            whole = search.search_client_ids(text, **options)
            assert page is not None and page == whole[:20], (text, options)
    # A rare term, another order or one therapist's clients: the whole search is quick, no first page.
    assert search.first_page_ids("zengxiaomei") is None
    assert search.first_page_ids("z", order_by="phone") is None
    assert search.first_page_ids("z", therapist_id=1) is None

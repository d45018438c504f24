"""How long does bringing in an old client list take (F9)?

Goal (issue 11): 20,000 messy rows read, dry-run and imported in under 10 s, reported beside a bare openpyxl
read-only pass over the same file (the least any import has to spend reading it).

The workbook is made here the way salons keep theirs: a merged title row and a blank row above Traditional and
Simplified headers, phones with spaces, dashes, +86 and full-width digits (some two to a cell, some malformed),
birthdays as date cells, Excel serials, 1985.3.12, 85年3月12日, 3月12日 and 农历八月十五, skin-type words, a
therapist column, notes, an unknown column, duplicates by phone, rows without a name and a totals row.

    python benchmarks/bench_import.py --rows 20000 --repeat 3
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from timing import TimingTable, machine  # noqa: E402  (beside this script)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁謝陳張黃"
GIVEN = "美丽秀英华慧巧淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真雪荣爱霞香月"
SKIN = ("干性", "乾性", "油性", "混合偏油", "敏感肌", "中性", "不清楚", None, None)
LUNAR_DAYS = ("初一", "初八", "十五", "廿三", "三十")
LUNAR_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")


def _phone(rnd: random.Random, n: int) -> str | int:
    number = f"1{rnd.choice('3456789')}{n:09d}"
    shape = rnd.randrange(10)
    if shape == 0:
        return int(number)  # a number cell
    if shape == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if shape == 2:
        return f"+86-{number[:3]}-{number[3:7]}-{number[7:]}"
    if shape == 3:
        return number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if shape == 4:
        return f"{number} / 0571-8{n % 10_000_000:07d}"
    return number


def _birthday(rnd: random.Random) -> object:
    year, month, day = rnd.randint(1955, 2004), rnd.randint(1, 12), rnd.randint(1, 28)
    return rnd.choice((
        datetime(year, month, day), (date(year, month, day) - date(1899, 12, 30)).days, f"{year}.{month}.{day}",
        f"{year % 100}年{month}月{day}日", f"{month}月{day}日",
        f"农历{rnd.choice(LUNAR_MONTHS)}月{rnd.choice(LUNAR_DAYS)}", f"{year}/{month}/{day}", None))


def make_workbook(path: Path, rows: int, seed: int = 7) -> Path:
    from openpyxl import Workbook

    rnd = random.Random(seed)
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "會員資料"
    sheet.append(["美丽人生美容会所 会员档案（2015—2026）"])
    sheet.merge_cells("A1:J1")
    sheet.append([])
    sheet.append(["編號", "顧客姓名", "手機", "出生日期", "膚質", "住址", "专属美容师", "備註", "爱好", "卡項餘額"])
    for n in range(rows):
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + (rnd.choice(GIVEN) if rnd.random() < 0.7 else "")
        phone = _phone(rnd, n if rnd.random() > 0.01 else rnd.randrange(max(n, 1)))  # ~1 % repeat a phone
        if rnd.random() < 0.01:
            phone = "12345"  # refused
        if rnd.random() < 0.005:
            name = None  # refused
        sheet.append([f"M{n:05d}", name, phone, _birthday(rnd), rnd.choice(SKIN),
                      rnd.choice(("西湖区文三路", "拱墅区", "滨江区江南大道", None)),
                      rnd.choice(("小芳", "阿美", None)),
                      rnd.choice(("怕痛", "老客介绍", "喜欢安静", None, None)), rnd.choice(("瑜伽", "旅游", None)),
                      rnd.choice(("补水卡 剩 3 次", "储值 1200", None, None))])
    sheet.append(["合计", f"{rows} 人"])
    book.save(path)
    return path


def _bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for sheet in book.worksheets for _row in sheet.iter_rows(values_only=True))
    book.close()
    return count


def run(rows: int, repeat: int) -> str:
    from salon.db import close_database, open_database
    from salon.imports.columns import choices_for
    from salon.imports.plan import CREATE, ImportChoices, import_clients, plan_import
    from salon.imports.sources import read_source

    with tempfile.TemporaryDirectory(prefix="salon-import-") as folder:
        path = make_workbook(Path(folder) / "old.xlsx", rows)
        _bare_read(path)  # warm the page cache and the imports
        samples: dict[str, list[float]] = {"bare": [], "read": [], "plan": [], "import": [], "total": []}
        created = 0
        for attempt in range(repeat):
            started = time.perf_counter()
            _bare_read(path)
            samples["bare"].append(time.perf_counter() - started)
            database = open_database(Path(folder) / f"salon{attempt}.db")
            try:
                started = time.perf_counter()
                source = read_source(path)
                guess = choices_for(source)
                read = time.perf_counter()
                choices = ImportChoices(guess.sheet, guess.row, guess.mapping)
                dry_run = plan_import(source.sheet(guess.sheet), choices, path.name)
                planned = time.perf_counter()
                plan = import_clients(source.sheet(guess.sheet), choices, path.name, dry_run=dry_run)
                done = time.perf_counter()
                created = plan.count(CREATE)
            finally:
                close_database(database)
            samples["read"].append(read - started)
            samples["plan"].append(planned - read)
            samples["import"].append(done - planned)
            samples["total"].append(done - started)
    median = {name: sorted(values)[len(values) // 2] * 1000 for name, values in samples.items()}
    worst = {name: max(values) * 1000 for name, values in samples.items()}
    table = TimingTable(("× bare read",))
    table.add("baseline: bare openpyxl read-only pass over the file", f"{rows:,}", median["bare"], worst["bare"])
    table.add("read the file, find the sheet and header (`read_source`)", f"{rows:,}", median["read"], worst["read"],
              (median["bare"],))
    table.add("dry run (`plan_import`)", f"{rows:,}", median["plan"], worst["plan"], (median["bare"],))
    table.add("import, resolved again under the write lock (`import_clients`)", f"{created:,} created",
              median["import"], worst["import"], (median["bare"],))
    table.add("**read + dry run + import** (goal: under 10 s)", f"{rows:,}", median["total"], worst["total"],
              (median["bare"],))
    return "\n".join([f"Import benchmark, {date.today().isoformat()}: {rows:,} messy rows; {machine()}, "
                      f"{repeat} runs (median; the p95 column is the slowest run).", "", table.markdown()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="rows in the workbook (default 20000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs (default 3)")
    args = parser.parse_args(argv)
    print(run(max(args.rows, 1), max(args.repeat, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

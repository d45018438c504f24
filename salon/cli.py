"""Command line of Salon Desk: `python main.py SUBCOMMAND --db PATH ...`; without a subcommand the window opens.

Adding a subcommand is a function that adds its arguments, a function that runs it, and the
`@_command(...)` registration on the latter; `wants_command_line`, `--help` and dispatch follow from
the registry. Errors the user can fix (a full database, an unreadable file) end in one line on
stderr and a non-zero exit, never a traceback (set SALON_DEBUG=1 to see one anyway).

Everything printed goes through `salon.words` (context "cli"): `main.py` installs the language of `--lang`
(`language_option`), else the saved or the system's, before the parser and its help texts are built.
"""
from __future__ import annotations

import argparse
import difflib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee

from salon.clients import choices
from salon.errors import ValidationError
from salon.store.db import DB_ENV_VAR, close_database, default_database_path, open_database
from salon.words import LANGUAGES, QT_TRANSLATE_NOOP, fill, translate, word

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # what argparse uses for bad arguments
EXIT_INTERRUPTED = 130

_HELP_FLAGS = ("-h", "--help")
_LANG_OPTION = "--lang"
_DEBUG_ENV_VAR = "SALON_DEBUG"


@dataclass(frozen=True)
class GuiOptions:
    """What the command line tells the window: which database file to open (None: the default), and the language
    for this run (None: the saved choice, else the system's) — without changing the saved choice."""

    db_path: Path | None = None
    language: str | None = None


class CommandError(Exception):
    """A problem to report to the user as one line, ending the command with `exit_code`."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class _Command:
    name: str
    summary: str
    description: str
    epilog: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


_COMMANDS: dict[str, _Command] = {}


def _command(name: str, summary: str, *, add_arguments: Callable[[argparse.ArgumentParser], None],
             description: str = "", epilog: str = "") -> Callable[[Callable[[argparse.Namespace], int]],
                                                               Callable[[argparse.Namespace], int]]:
    """Register the decorated function as subcommand `name` (listed in --help in registration order)."""

    # summary, description and epilog are source texts marked QT_TRANSLATE_NOOP("cli", …): the parser is built
    # after main.py has installed the language, and says them in it.
    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        _COMMANDS[name] = _Command(name, summary, description or summary, epilog, add_arguments, run)
        return run

    return register


def command_names() -> list[str]:
    return list(_COMMANDS)


# --- deciding between window and command line ------------------------------------------------------
# Qt's own command-line options that take a value (QApplication reads them; `--style` works as `-style`).
_QT_OPTIONS_WITH_VALUE = frozenset({
    "style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
    "qwindowicon", "qwindowtitle", "session", "display", "geometry", "title", "name", "fn", "font", "bg",
    "background", "fg", "foreground", "btn", "button", "visual", "ncols", "cmap", "im", "inputstyle",
})


def _first_positional(args: Sequence[str]) -> str | None:
    """The first argument that is not an option, nor the value of --db or of one of Qt's options."""
    skip_next = False
    for index, arg in enumerate(args):
        if skip_next:
            skip_next = False
        elif arg == "--":
            return args[index + 1] if index + 1 < len(args) else None
        elif arg in ("--db", _LANG_OPTION) or (arg.startswith("-") and arg.lstrip("-") in _QT_OPTIONS_WITH_VALUE):
            skip_next = True
        elif not arg.startswith("-"):
            return arg
    return None


def wants_command_line(args: Sequence[str]) -> bool:
    """True for --help or any subcommand, known or not (an unknown one gets its message there, rather than a
    window opening silently); other arguments (e.g. Qt's -style fusion) are left to the window."""
    return any(arg in _HELP_FLAGS for arg in args) or _first_positional(args) is not None


def unknown_command_message(word: str) -> str:
    """One line naming the subcommands there are, and the likeliest one if the word looks like a typo."""
    names = command_names()
    close = difflib.get_close_matches(word, names, n=1)
    guess = fill(translate("cli", "是不是“%1”？"), close[0]) if close else ""
    return fill(translate("cli", "没有“%1”这个子命令。%2可用的子命令：%3 / unknown subcommand '%1'; known: %3"),
                word, guess, ", ".join(names))


def language_option(args: Sequence[str]) -> str | None:
    """The language `--lang X` / `--lang=X` names (one of salon.words.LANGUAGES), None when none is given or the
    value is not one we ship (argparse then says so). main.py reads it to install the language before the parser
    is built."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == _LANG_OPTION and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(_LANG_OPTION + "="):
            value = arg[len(_LANG_OPTION) + 1:]
        if value is not None:
            return value if value in LANGUAGES else None
    return None


def gui_options(args: Sequence[str]) -> GuiOptions:
    """`--db PATH` / `--db=PATH` and `--lang X` for the window; other arguments are ignored (Qt may use them)."""
    db_path: Path | None = None
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            db_path = Path(args[index + 1]).expanduser()
        elif arg.startswith("--db="):
            db_path = Path(arg[len("--db="):]).expanduser()
    return GuiOptions(db_path, language_option(args))


# --- parser ------------------------------------------------------------------------------------------
_DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli", "客情管家 Salon Desk：美容院、SPA、汗蒸馆的客户档案、专属美容师、护理记录和提醒。\n"
           "\n"
           "不带子命令运行时打开窗口：python main.py [--db PATH]\n"
           "Without a subcommand the window opens on the database file (default: see --db).\n"
           "With a subcommand it works on the command line instead; `python main.py SUBCOMMAND --help` for "
           "details.")


def _db_argument(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # The subcommands' --db and --lang must not overwrite one given before the subcommand, hence SUPPRESS there.
    parser.add_argument(
        "--db", type=lambda text: Path(text).expanduser(), metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help=fill(translate("cli",
                            "数据库文件（默认：环境变量 %1，否则应用数据目录下的 salon.db，当前为 %2）/ database file"),
                  DB_ENV_VAR, _safe_default_path()),
    )
    # Read by main.py before this parser exists (language_option); declared here for --help and for checking.
    parser.add_argument(
        _LANG_OPTION, choices=LANGUAGES, default=None if top_level else argparse.SUPPRESS,
        help=translate("cli", "输出的语言（默认：设置里选的语言，否则跟随系统）/ language of the output"),
    )


def _safe_default_path() -> str:
    try:
        return str(default_database_path())
    except Exception:  # noqa: BLE001 - help text must not fail on an odd platform
        return "salon.db"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "salon-desk",
        description=word("cli", _DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    _db_argument(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", title=translate("cli", "子命令 / subcommands"),
                                       metavar="SUBCOMMAND")
    for command in _COMMANDS.values():
        sub = subparsers.add_parser(
            command.name, help=word("cli", command.summary), description=word("cli", command.description),
            epilog=word("cli", command.epilog) if command.epilog else "",
            formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False,
        )
        _db_argument(sub, top_level=False)
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


# --- running -----------------------------------------------------------------------------------------
def _utf8_output() -> None:
    """Chinese text must reach a pipe or a Windows console intact, whatever the locale says."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):  # a stream already written to in another encoding, or closed
                pass


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _error(message: str) -> None:
    print(fill(translate("cli", "错误：%1"), _one_line(message)), file=sys.stderr)


def main(args: Sequence[str] | None = None) -> int:
    """Run a subcommand; returns the process exit code."""
    _utf8_output()
    args = list(sys.argv[1:] if args is None else args)
    first = _first_positional(args)
    if first is not None and first not in _COMMANDS and not any(arg in _HELP_FLAGS for arg in args):
        _error(unknown_command_message(first))
        return EXIT_USAGE
    parser = build_parser()
    try:
        options = parser.parse_args(args)
    except SystemExit as stop:  # --help, or a usage error argparse has already explained
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if options.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return options.run(options)
    except CommandError as error:
        _error(str(error))
        return error.exit_code
    except ValidationError as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("cli", "已中断，未完成的操作没有写入。"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `... | head` closed the pipe: stop quietly
        _silence_stdout()
        return EXIT_OK
    except (peewee.DatabaseError, sqlite3.Error, OSError) as error:
        _error(fill(translate("cli", "数据库操作失败：%1"), error))
        return EXIT_ERROR
    except Exception as error:
        if os.environ.get(_DEBUG_ENV_VAR):
            raise
        _error(fill(translate("cli", "内部错误（%1）：%2。设置 %3=1 可查看详细信息。"), type(error).__name__, error,
                    _DEBUG_ENV_VAR))
        return EXIT_ERROR


def _silence_stdout() -> None:
    # Python would otherwise report the broken pipe again when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _db_path(options: argparse.Namespace) -> Path:
    return options.db or default_database_path()


@contextmanager
def _read_only_database(options: argparse.Namespace) -> Iterator[peewee.Database]:
    """The database of `--db` opened for reading only: never created, upgraded or switched to another journal
    mode, so a command that only reads works on a write-protected backup."""
    from salon.store.db import NotASalonDatabase, open_database_read_only

    path = _db_path(options)
    try:
        database = open_database_read_only(path)
    except NotASalonDatabase as error:
        raise CommandError(str(error)) from None
    except UnicodeDecodeError:  # text in the file's own schema no longer decodes: the file is damaged
        raise CommandError(fill(translate("cli", "数据库文件 %1 已损坏：请从备份恢复（python main.py restore）。"),
                                path)) from None
    except (peewee.DatabaseError, sqlite3.Error, OSError) as error:
        damaged = "malformed" in str(error) or "not a database" in str(error)
        raise CommandError(fill(translate("cli", "数据库文件 %1 已损坏（%2）：请从备份恢复。") if damaged else
                                translate("cli", "无法打开数据库 %1：%2"), path, error)) from None
    try:
        yield database
    except (peewee.DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise CommandError(fill(translate("cli", "数据库文件 %1 读不出来（%2）：已损坏，请从备份恢复。"), path,
                                error)) from None
    finally:
        close_database(database)


@contextmanager
def _opened_database(options: argparse.Namespace, *, must_exist: bool) -> Iterator[peewee.Database]:
    """The database of `--db`, upgraded and bound to the models; closed afterwards.

    `must_exist` for commands that only read: a mistyped path must not silently create an empty file.
    """
    path = _db_path(options)
    if must_exist and not path.is_file():
        raise CommandError(fill(translate("cli", "数据库文件不存在：%1"), path))
    try:
        database = open_database(path)
    except (peewee.DatabaseError, sqlite3.Error, OSError, RuntimeError) as error:
        # RuntimeError: a file from a newer version of the program (see salon.store.migrations).
        raise CommandError(fill(translate("cli", "无法打开数据库 %1：%2"), path, error)) from None
    try:
        yield database
    finally:
        close_database(database)


# --- demo --------------------------------------------------------------------------------------------
def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--clients", type=int, default=300, metavar="N", help=translate("cli", "客户人数（默认 300）"))
    parser.add_argument("--months", type=int, default=24, metavar="M",
                        help=translate("cli", "历史跨越的月数：客户的建档日期和到店记录分布在最近 M 个月内（默认 24）"))
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help=translate("cli", "随机种子：同一种子（同一天）生成完全相同的数据（默认 1）"))


def _terminal_progress() -> Callable[[int, int], bool] | None:
    if not sys.stderr.isatty():
        return None

    making = translate("cli", "正在生成演示数据… %1%")

    def report(done: int, total: int) -> bool:
        percent = 100 * done // total if total else 100
        print("\r" + fill(making, f"{percent:3d}"), end="" if done < total else "\n", file=sys.stderr, flush=True)
        return True

    return report


@_command(
    "demo", QT_TRANSLATE_NOOP("cli", "生成演示数据（仅限空数据库）/ fill an empty database with demo data"),
    add_arguments=_demo_arguments,
    description=QT_TRANSLATE_NOOP(
        "cli", "在空数据库里生成一家美容院的演示数据：员工和美容师、客户档案（中文姓名、电话、公历/农历生日、"
               "肤质和皮肤问题、偏好、家人生日、纪念日）、专属美容师及其历史；服务项目、零售产品和卡项"
               "（次卡、年卡/月卡、储值卡），以及 M 个月的到店记录：常客、持卡客、散客、流失的客户，组合付款、"
               "储值卡付款、作废和更正、客诉和满意度、到期和退卡。\n"
               "数据库里已有客户、员工或项目资料时拒绝执行（退出码 1），以免演示数据混进真实数据。"),
)
def _run_demo(options: argparse.Namespace) -> int:
    from salon.demo.generator import generate_demo  # only this command needs the name pools

    started = time.perf_counter()
    with _opened_database(options, must_exist=False) as database:
        summary = generate_demo(database, clients=options.clients, months=options.months, seed=options.seed,
                                progress=_terminal_progress())
    seconds = time.perf_counter() - started
    print(fill(translate("cli", "演示数据已写入 %1"), _db_path(options)))
    for label, count in summary.rows():  # the demo's own words (its data is Chinese in every language)
        print(fill(translate("cli", "  %1：%2"), label, count))
    print(fill(translate("cli", "用时 %1 秒（种子 %2，%3 个月）"), f"{seconds:.1f}", options.seed, options.months))
    return EXIT_OK


# --- clients -----------------------------------------------------------------------------------------
_CLIENTS_EPILOG = QT_TRANSLATE_NOOP("cli", "输出：每位客户一行，字段以制表符分隔 / one tab-separated line per client:\n"
                                           "  编号 id, 姓名 name, 电话 phone, 生日 birthday, 肤质 skin type, 专属美容"
                                           "师 assigned therapist\n"
                                           "生日格式 / birthday format:\n"
                                           "  公历 solar: YYYY-MM-DD，不知道年份时 MM-DD\n"
                                           "  农历 lunar: 农历YYYY年M月D日，不知道年份时 农历M月D日，闰月写作 农历闰M"
                                           "月D日\n"
                                           "  未登记为空 / empty when unknown\n"
                                           "排序按姓名拼音 / sorted by name (pinyin).\n"
                                           "示例 / example: python main.py clients --db salon.db --search zxm")


def _clients_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", metavar="TEXT",
                        help=translate("cli",
                                       "搜索：姓名、拼音首字母或全拼、手机号或尾号、标签（空格分隔的词都要匹配）"))
    parser.add_argument("--archived", action="store_true", help=translate("cli", "同时列出已归档的客户"))


def birthday_text(calendar_kind: str, year: int | None, month: int | None, day: int | None,
                  leap_month: bool = False) -> str:
    """The birthday the way the `clients` command prints it (see its --help)."""
    if not calendar_kind or month is None or day is None:
        return ""
    if calendar_kind == "lunar":
        return "农历" + (f"{year}年" if year else "") + ("闰" if leap_month else "") + f"{month}月{day}日"
    return (f"{year:04d}-" if year else "") + f"{month:02d}-{day:02d}"


def _field(text: object) -> str:
    # A tab or line break inside a value would shift the columns of the line.
    return " ".join(str(text).split("\t")).replace("\r", " ").replace("\n", " ")


@_command("clients", QT_TRANSLATE_NOOP("cli", "列出/搜索客户（制表符分隔）/ list matching clients, tab-separated"),
          add_arguments=_clients_arguments, epilog=_CLIENTS_EPILOG)
def _run_clients(options: argparse.Namespace) -> int:
    from salon.clients.search import search_clients

    with _read_only_database(options):
        rows = search_clients(options.search, include_archived=options.archived)
        out = sys.stdout
        for row in rows:
            fields = (
                row.id, row.name, row.phone,
                birthday_text(row.birthday_calendar, row.birth_year, row.birth_month, row.birth_day,
                              row.birth_leap_month),
                word("choices", choices.label(choices.SKIN_TYPES, row.skin_type)), row.therapist_name,
            )
            out.write("\t".join(_field(value) for value in fields) + "\n")
        out.flush()
    return EXIT_OK


# --- check -------------------------------------------------------------------------------------------
_PROBLEMS_SHOWN_PER_KIND = 50  # a badly damaged file must not bury the other kinds of problem

_CHECK_EPILOG = QT_TRANSLATE_NOOP("cli", "检查内容 / what is checked:\n"
                                         "  SQLite 的 integrity_check 和 foreign_key_check；\n"
                                         "  每张卡记录的剩余次数、本金、赠送金额等于台账之和，任何时候都不为负，状态"
                                         "与剩余相符；\n"
                                         "  售卡、充值、退卡的收付等于对应的付款；到店记录的合计等于明细之和，明细金"
                                         "额 = 数量 × 单价 − 优惠；\n"
                                         "  未作废的到店记录实收（冲正后）等于未用卡抵扣的明细之和，每次用卡抵扣都有"
                                         "台账；作废的记录付款和卡都已全部退回。\n"
                                         "输出 / output:\n"
                                         "  没有问题时打印以 OK 开头的一行（含数量），退出码 0；\n"
                                         "  有问题时每个问题一行（[代码] 说明，含记录编号），退出码 1。")


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    """`check` takes only --db."""


_CONSTRAINT_FINDINGS = ("CHECK constraint failed", "NOT NULL constraint failed")


@_command("check", QT_TRANSLATE_NOOP("cli", "检查数据库完整性和账目规则 / verify the database and its invariants"),
          add_arguments=_check_arguments, epilog=_CHECK_EPILOG)
def _run_check(options: argparse.Namespace) -> int:
    from salon.store import integrity

    with _read_only_database(options) as database:
        # quick_check first: the rules' queries would stumble over a damaged file with a less telling error
        damage = [row[0] for row in database.execute_sql("PRAGMA quick_check").fetchall() if row[0] != "ok"
                  and not row[0].startswith(_CONSTRAINT_FINDINGS)]  # a broken constraint is for the rules below
        if damage:
            for message in damage[:_PROBLEMS_SHOWN_PER_KIND]:
                print(f"[sqlite_integrity] {_one_line(message)}")
            _error(translate("cli", "数据库文件已损坏：请从备份恢复（python main.py restore）。"))
            return EXIT_ERROR
        problems = integrity.find_problems(database)
        if not problems:
            counts = integrity.counts(database)
            print(fill(translate("cli", "OK：数据库完好，账目一致（客户 %1，到店记录 %2，其中作废 %3；卡 %4 张，"
                                        "台账 %5 行，付款 %6 笔）"), counts.clients, counts.visits, counts.void_visits,
                       counts.packages, counts.ledger_lines, counts.payments))
            return EXIT_OK
    shown: dict[str, int] = {}
    for problem in problems:
        shown[problem.code] = shown.get(problem.code, 0) + 1
        if shown[problem.code] <= _PROBLEMS_SHOWN_PER_KIND:
            print(f"[{problem.code}] {_one_line(problem.message)}")
    for code, number in shown.items():
        if number > _PROBLEMS_SHOWN_PER_KIND:
            print(fill(translate("cli", "[%1] …另有 %2 个同类问题"), code, number - _PROBLEMS_SHOWN_PER_KIND))
    _error(fill(translate("cli", "发现 %1 个问题，见上。"), len(problems)))
    return EXIT_ERROR


# --- reminders -----------------------------------------------------------------------------------------
def _reminders_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help=translate("cli", "从哪天起（默认今天）"))
    parser.add_argument("--days", type=int, default=7, metavar="N", help=translate("cli", "之后几天（默认 7，0–60）"))


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("cli", "日期“%1”应写成 YYYY-MM-DD"), text)) from None


@_command("reminders", QT_TRANSLATE_NOOP("cli",
                                         "提醒清单：生日、回访、流失预警、卡项、节日 / the reminder list as text"),
          add_arguments=_reminders_arguments,
          description=QT_TRANSLATE_NOOP(
              "cli", "打印某天起 N 天内要联系的客户：投诉与不满意回访、护理回访、关心问候、生日（含农历和家人）、"
                     "纪念日、卡项（快用完、快到期、很久没用、刚用完）、流失预警和节日问候（附问候语），"
                     "已逾期的排在前面。已完成、已忽略的不再出现，暂缓的到日期再出现。"))
def _run_reminders(options: argparse.Namespace) -> int:
    from datetime import date

    from salon.reminders.listing import build_reminders, reminder_lines

    if not 0 <= options.days <= 60:
        raise CommandError(translate("cli", "--days 应在 0 到 60 之间。"), EXIT_USAGE)
    with _opened_database(options, must_exist=True):
        for line in reminder_lines(build_reminders(options.date or date.today(), options.days)):
            print(line)
    return EXIT_OK


# --- the monthly review and the accountant's workbook ---------------------------------------------------
def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", default=None, metavar="YYYY-MM", help=translate("cli", "哪个月（默认上个月）"))
    parser.add_argument("--from", dest="start", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help=translate("cli", "或者一段日期：从哪天"))
    parser.add_argument("--to", dest="end", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help=translate("cli", "到哪天（含）"))


def _period(options: argparse.Namespace):
    from datetime import date, timedelta

    from salon.reports.period import month_of, parse_month, parse_period

    if options.start or options.end:
        if options.month or not (options.start and options.end):
            raise CommandError(translate("cli", "请用 --month，或者同时给出 --from 和 --to。"), EXIT_USAGE)
        return parse_period(options.start, options.end)
    if options.month:
        return parse_month(options.month)
    return month_of(date.today().replace(day=1) - timedelta(days=1))


@_command("report", QT_TRANSLATE_NOOP("cli",
                                      "月度报表：收款、耗、客户、项目、美容师、预收款 / the monthly review as text"),
          add_arguments=_period_arguments,
          description=QT_TRANSLATE_NOOP(
              "cli", "打印一个月（或 --from/--to 一段日期）的报表：实收（按付款方式和来源）、耗（确认收入）、"
                     "客户消费与占比、包年/包月/流动、ABC 分类、社区、到店频率、新客/回头/流失、项目和产品排行、"
                     "美容师业绩与提成、预收款滚动（期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 = 期末）。"))
def _run_report(options: argparse.Namespace) -> int:
    from salon.reports.printout import review_lines
    from salon.reports.review import build_review

    period = _period(options)
    with _read_only_database(options):
        for line in review_lines(build_review(period)):
            print(line)
    return EXIT_OK


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    _period_arguments(parser)
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help=translate("cli", "写到哪个文件"))


@_command("export", QT_TRANSLATE_NOOP("cli",
                                      "给会计的 Excel：汇总、销售明细、收款、售卡充值、耗卡、预收款、在用卡、提成、"
                                             "客户 / the accountant's workbook"),
          add_arguments=_export_arguments,
          description=QT_TRANSLATE_NOOP(
              "cli", "把一个月（或 --from/--to 一段日期）写成一个 .xlsx：汇总（按发票分类）、销售明细、收款、"
                     "售卡/充值、耗卡、预收款滚动、期末在用卡、提成、客户。先写临时文件，完成后再改名，"
                     "中途失败不会留下半个文件。"))
def _run_export(options: argparse.Namespace) -> int:
    from salon.reports.workbook import write_workbook

    period = _period(options)
    target = Path(options.out)
    if target.suffix.lower() != ".xlsx":
        raise CommandError(translate("cli", "输出文件应以 .xlsx 结尾。"), EXIT_USAGE)
    with _opened_database(options, must_exist=True):
        try:
            written = write_workbook(period, target)
        except OSError as error:  # a folder that does not exist, a file open in Excel, a full disk
            raise CommandError(fill(translate("cli", "无法写入 %1：%2"), target, error.strerror or error),
                               EXIT_ERROR) from None
    print(fill(translate("cli", "已写入 %1（%2）"), written, period.label()))
    return EXIT_OK


# --- import-clients ----------------------------------------------------------------------------------
def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE",
                        help=translate("cli", "客户表：.xlsx 或 .csv（UTF-8、GBK/GB18030、Big5 自动识别）"))
    parser.add_argument("--dry-run", action="store_true", help=translate("cli",
                                                                         "只报告将会新建、合并和拒绝什么，不写入"))
    parser.add_argument("--sheet", default="", metavar="NAME",
                        help=translate("cli", "工作表名称（默认：最像客户表的那一张）"))
    parser.add_argument("--create-therapists", action="store_true",
                        help=translate("cli", "表里的美容师不在员工名单里时，新建为美容师（默认记入客户备注）"))
    parser.add_argument("--sensitive-consent", action="store_true",
                        help=translate("cli", "表里的客户已单独同意记录过敏信息（敏感个人信息）：导入过敏一列；"
                                              "不加时这一列不导入"))


@_command(
    "import-clients", QT_TRANSLATE_NOOP("cli", "从 Excel/CSV 导入客户 / import clients from an old spreadsheet"),
    add_arguments=_import_arguments,
    description=QT_TRANSLATE_NOOP(
        "cli", "把美容院原来的客户表导入：自动找到表头（简体、繁体或英文），统一电话和生日的写法，同一电话的行"
               "合并（表内或与已有客户），缺姓名、电话或日期不对的行拒绝并写明行号和原因。整个导入是一个事务："
               "失败或中断时什么都不写。\n退出码：0 文件已处理（被拒绝的行列在报告里）；1 文件读不了"
               "（不是表格、空文件、找不到表头、有密码）。"),
)
def _run_import(options: argparse.Namespace) -> int:
    from salon.imports.columns import choices_for
    from salon.imports.plan import ImportChoices, describe, import_clients, plan_import
    from salon.imports.sources import read_source

    source = read_source(options.file)
    guess = choices_for(source, options.sheet or None)
    choices = ImportChoices(guess.sheet, guess.row, guess.mapping, options.create_therapists,
                            options.sensitive_consent)
    sheet = source.sheet(guess.sheet)
    with _opened_database(options, must_exist=options.dry_run):
        if options.dry_run:
            plan = plan_import(sheet, choices, source.path.name)
        else:
            plan = import_clients(sheet, choices, source.path.name)
    for line in describe(plan):
        print(line)
    return EXIT_OK


# --- backup and restore ------------------------------------------------------------------------------
def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", default="", metavar="FILE",
                        help=translate("cli",
                                       "备份到这个文件（默认：数据库旁的 backups 文件夹，带日期，并轮换旧备份）"))


def _backup_summary(figures) -> str:
    rows = dict(figures.rows)
    return fill(translate("cli", "客户 %1，到店记录 %2，卡 %3，收付款 %4 笔"), rows.get("client", 0), rows.get("visit",
                                                                                                 0),
                rows.get("client_package", 0), rows.get("payment", 0))


@_command(
    "backup", QT_TRANSLATE_NOOP("cli", "备份数据库 / back up the database"),
    add_arguments=_backup_arguments,
    description=QT_TRANSLATE_NOOP(
        "cli", "用 SQLite 的在线备份接口复制数据库（运行中的窗口不受影响），写入临时文件，核对完整性、"
               "每张表的行数和金额合计与原库一致后才改成正式文件名。不指定 --to 时放进数据库旁的 backups "
               "文件夹，并保留最近 7 天、4 周、12 个月各一份。"),
)
def _run_backup(options: argparse.Namespace) -> int:
    from salon.store.backup import BackupError, backup_now, backup_to, check_backup_file

    with _opened_database(options, must_exist=True) as database:
        try:
            if options.to:
                target = Path(options.to)
                backup_to(target, database)
            else:
                target = backup_now(_db_path(options), database=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(fill(translate("cli", "无法写入备份：%1"), error.strerror or error)) from None
    print(fill(translate("cli", "已备份到 %1（%2）"), target, _backup_summary(check_backup_file(target))))
    return EXIT_OK


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=translate("cli", "要恢复的备份文件"))


@_command(
    "restore", QT_TRANSLATE_NOOP("cli", "从备份恢复 / restore the database from a backup"),
    add_arguments=_restore_arguments,
    description=QT_TRANSLATE_NOOP(
        "cli", "先检查备份文件（完整性、是否客情管家的数据库、版本），再把当前数据库另存为 *_pre_restore-日期.db，"
               "然后用备份替换当前数据；任何一步不通过都不替换。"),
)
def _run_restore(options: argparse.Namespace) -> int:
    from salon.backups import restore_backup
    from salon.store.backup import BackupError, check_backup_file

    check_backup_file(Path(options.file))  # before the database is even opened
    with _opened_database(options, must_exist=True) as database:
        try:
            kept = restore_backup(Path(options.file), _db_path(options), database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(fill(translate("cli", "无法恢复：%1"), error.strerror or error)) from None
    print(fill(translate("cli", "已从 %1 恢复（%2）；恢复前的数据保存在 %3"), options.file,
               _backup_summary(check_backup_file(_db_path(options))), kept))
    return EXIT_OK


__all__ = ["GuiOptions", "CommandError", "birthday_text", "build_parser", "command_names", "gui_options",
           "language_option", "main", "wants_command_line"]

"""Clause templates that try to exhaust time or memory end in one clear error, exit code 2.

Each case is a one-clause folder written here, drafted by `python -m mou_cli new` in a
subprocess with a timeout and an address-space limit (RLIMIT_AS), so a regression fails
instead of hanging or swapping CI. The expected words name the limit that stops the case.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mou_cli.errors import MouError, RenderError
from mou_cli.examples import find
from mou_cli.library import isolate

TIMEOUT = 60  # seconds, far above the 2 s a render may take
MEMORY = 1536 << 20  # bytes of address space for the whole `mou new` process
A = "{% set a = 'x' * 1000 %}"

# name -> (template, words the one-line error must contain)
CASES: dict[str, tuple[str, str]] = {
    "percent_width": ("{{ '%999999999s' % 'x' }}", "width or count of 999999999"),
    "format_nested_width": (
        "{{ '{0:>{1}}'.format('x', '999999999') }}",
        "width or count of 999999999",
    ),
    "concat_doubling": (
        A + "{% set a = a ~ a %}" * 40 + "{{ a|length }}",
        "'~' would have more than 1,000,000 characters",
    ),
    "replace_grow": (
        A + "{% set a = a|replace('x', a) %}{% set a = a|replace('x', a) %}{{ a|length }}",
        "'replace' would have more than",
    ),
    "join_repeat": (A + "{{ join([a] * 99999) }}", "'*' would have more than"),
    "loop_cycle": (
        A + "{% for i in range(100000) %}{% for j in range(100000) %}"
        "{{ loop.cycle(a, a) }}{% endfor %}{% endfor %}",
        "writes more than 1,000,000 characters",
    ),
    "nested_ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}x",
        "more than 250,000 steps",
    ),
    "macro_calls_itself_twice": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(40) }}x",
        "more than 250,000 steps",
    ),
    "three_loops_of_literal_text": (
        "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
        "lorem ipsum dolor {% endfor %}{% endfor %}{% endfor %}",
        "writes more than 1,000,000 characters",
    ),
    "sum_of_lists": (A + "{{ (([[a]] * 99999)|sum(start=[]))|length }}", "'*' would have"),
    "nested_parentheses": ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nests too deeply"),
    "nested_filters": ("{{ 'x'" + "|upper" * 5000 + " }}", "nests too deeply"),
    "print_range": ("{{ range }}", "printed the function 'safe_range', which is not text"),
    "print_helper": ("{{ party }}", "printed the function 'party', which is not text"),
    "print_macro": ("{% macro f() %}{% endmacro %}{{ f }}", "printed the macro 'f'"),
    "helper_given_function": ("{{ bare(party) }}", "a helper was given the function 'party'"),
    "slow_steps": (
        A + "{% set big = a * 999 %}{% for i in range(100000) %}{% if a ~ 'y' in big %}"
        "{% endif %}{% endfor %}x",
        "s of processor time",
    ),
}

CLAUSE = """id: limits
section: type_specific
order: 3000
title:
  id: Batas
  en: Limits
body:
  id: |
    Teks {body}
  en: |
    Text {body}
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _draft(tmp_path: Path, body: str) -> tuple[subprocess.CompletedProcess[str], Path, float]:
    folder = tmp_path / "clauses"
    folder.mkdir()
    clause = folder / "limits.yaml"
    clause.write_text(CLAUSE.replace("{body}", body), encoding="utf-8")
    out = tmp_path / "out"
    args = ["new", "--answers", str(find("technology-id")), "--clauses", str(folder)]
    env = {**os.environ, "MOU_CACHE_DIR": str(tmp_path / "cache")}
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "mou_cli", *args, "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    return result, clause, time.monotonic() - start


@pytest.mark.parametrize("name", CASES)
def test_mou_new_stops_with_one_clear_error(name: str, tmp_path: Path) -> None:
    body, expected = CASES[name]
    result, clause, _ = _draft(tmp_path, body)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 2, output
    assert "Traceback" not in output
    assert len(output.splitlines()) == 1, output
    assert output.startswith(f"error: {clause} (id)"), output
    assert expected in output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_bounded_sum_of_lists_succeeds_quickly(tmp_path: Path) -> None:
    """``sum(start=[])`` concatenates in linear time (it took 38 s when it was quadratic)."""
    body = "{% set a = 'x' %}{{ (([[a]] * 99999)|sum(start=[]))|length }}"
    result, _, took = _draft(tmp_path, body)
    assert result.returncode == 0, result.stdout + result.stderr
    assert took < 20
    (md,) = [p for p in (tmp_path / "out").glob("*.md") if ".checklist" not in p.name]
    assert "Teks 99.999" in md.read_text(encoding="utf-8")


def test_lint_reports_what_mou_new_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "clauses"
    folder.mkdir()
    names = ("percent_width", "join_repeat", "print_range")
    for name in names:
        text = CLAUSE.replace("{body}", CASES[name][0]).replace("id: limits", f"id: {name}")
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mou_cli", "clauses", "lint", str(folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT * 3,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    flagged = {line.split(":", 1)[0] for line in result.stdout.splitlines() if " CL306 " in line}
    assert flagged == {str(folder / f"{name}.yaml") for name in names}


# -- the second wall: a child process with CPU and memory limits ---------------------------
def _spin() -> None:
    isolate.note("spin.yaml (id)")
    while True:
        pass


def _allocate() -> int:
    isolate.note("greedy.yaml (en)")
    return len(bytearray(512 << 20))


def _refuse() -> None:
    raise RenderError("broken.yaml (id), line 3: refused")


def test_the_wall_returns_the_result_and_raises_the_error() -> None:
    assert isolate.run(sum, [1, 2, 3]) == 6
    with pytest.raises(MouError, match=r"^broken.yaml \(id\), line 3: refused$"):
        isolate.run(_refuse)
    assert isolate.run(os.getpid) != os.getpid()


def test_the_wall_stops_a_render_that_runs_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolate, "CPU_SECONDS", 1)
    start = time.monotonic()
    with pytest.raises(RenderError, match=r"^spin.yaml \(id\): rendering took more than 1 s"):
        isolate.run(_spin)
    assert time.monotonic() - start < 30


def test_the_wall_stops_a_render_that_needs_too_much_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(isolate, "MEMORY_BYTES", 64 << 20)
    with pytest.raises(RenderError, match=r"^greedy.yaml \(en\): rendering needs more than 64 MB"):
        isolate.run(_allocate)


def test_only_a_library_with_clauses_of_its_own_is_walled_off() -> None:
    from mou_cli.library.loader import load_library

    assert isolate.guard(load_library(), os.getpid) == os.getpid()
    custom = Path(__file__).parent.parent / "docs" / "examples" / "custom-clauses"
    assert isolate.guard(load_library([custom]), os.getpid) != os.getpid()


# -- the wall with other threads: a forked child inherits their locks, held for ever ---------------
SLOW_MODULE = """\
import time
time.sleep(3)  # a thread is importing this module when the wall starts its child
VALUE = 42
"""
RENDER_MODULE = """\
def render():
    import slow_import  # the child needs the module the other thread is importing
    return slow_import.VALUE
"""
DRIVER = """\
import sys, threading, time
sys.path.insert(0, sys.argv[1])
from mou_cli.library import isolate
import wall_render
threading.Thread(target=__import__, args=("slow_import",), daemon=True).start()
time.sleep(0.5)  # the thread now holds the import lock of slow_import
print(isolate.run(wall_render.render))
"""


def test_the_wall_does_not_deadlock_on_a_lock_another_thread_holds(tmp_path: Path) -> None:
    """Forked while a thread imported a module, the child waited for ever on its import lock
    (killed at the timeout); the child is now spawned when other threads run."""
    (tmp_path / "slow_import.py").write_text(SLOW_MODULE)
    (tmp_path / "wall_render.py").write_text(RENDER_MODULE)
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=45,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the isolated render hung on a lock held by another thread")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "42"
    assert time.monotonic() - start < 45


def _run_in_thread(fn: object) -> object:
    import threading

    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = isolate.run(fn)  # type: ignore[arg-type]
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    assert not thread.is_alive(), "the isolated render started from a thread hung"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


def test_a_render_started_from_a_thread_keeps_its_result_errors_and_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a process with one thread forks (this test process may hold threads other tests left)
    alone = subprocess.run(
        [sys.executable, "-c", "from mou_cli.library import isolate; print(isolate._threaded())"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert alone.stdout.strip() == "False", alone.stderr
    assert _run_in_thread(os.getpid) != os.getpid()
    with pytest.raises(MouError, match=r"^broken.yaml \(id\), line 3: refused$"):
        _run_in_thread(_refuse)
    monkeypatch.setattr(isolate, "CPU_SECONDS", 1)  # handed to the spawned child
    with pytest.raises(RenderError, match=r"^spin.yaml \(id\): rendering took more than 1 s"):
        _run_in_thread(_spin)
    monkeypatch.setattr(isolate, "MEMORY_BYTES", 64 << 20)
    with pytest.raises(RenderError, match=r"^greedy.yaml \(en\): rendering needs more than 64 MB"):
        _run_in_thread(_allocate)


def test_a_draft_with_a_custom_library_renders_the_same_with_a_live_thread(tmp_path: Path) -> None:
    """`mou new`'s own call, spawned: the draft is the one a forked child makes."""
    import threading

    from conftest import load_answers

    from mou_cli.document.build import build
    from mou_cli.library.loader import load_library

    custom = Path(__file__).parent.parent / "docs" / "examples" / "custom-clauses"
    library = load_library([custom])
    a = load_answers("id-basic")
    forked = isolate.guard(library, build, a, library)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert isolate._threaded()
        spawned = isolate.guard(library, build, a, library)
    finally:
        stop.set()
    assert spawned == forked

"""Nothing lost: `mou new` writes all of a draft or none of it, and never a user's file.

An existing draft (.md, .docx or .checklist.md) is never replaced without --force; an
interruption (Ctrl-C), a full disk or a denied permission, at any point of the writing, leaves
the folder exactly as it was (no partial file, no temp file, no half-replaced set), with one
clear line and exit code 3 (130 for Ctrl-C), never a traceback.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ANSWERS
from typer.testing import CliRunner

from mou_cli import fsutil
from mou_cli.cli import app
from mou_cli.errors import EXIT_WRITE

ANSWERS_FILE = str(ANSWERS / "en-3party.yaml")
SUFFIXES = (".md", ".docx", ".checklist.md")


def new(target: Path, *extra: str):
    """`mou new` in this process (so that the file system can be made to fail)."""
    return CliRunner().invoke(app, ["new", "--answers", ANSWERS_FILE, "-o", str(target), *extra])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temp files included) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_one_clear_line(result, *words: str) -> None:
    """One ``error:`` line naming what went wrong, and no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


# --- never replaced without --force -------------------------------------------------------------


@pytest.mark.parametrize("existing", SUFFIXES)
def test_one_existing_file_of_the_set_stops_the_whole_draft(tmp_path: Path, existing: str) -> None:
    (tmp_path / f"draft{existing}").write_bytes(b"my own edits")
    before = snapshot(tmp_path)
    r = new(tmp_path / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, f"draft{existing}", "--force")
    assert snapshot(tmp_path) == before  # nothing else written, nothing replaced


def test_every_existing_file_is_named(tmp_path: Path) -> None:
    for suffix in (".docx", ".checklist.md"):
        (tmp_path / f"draft{suffix}").write_bytes(b"mine")
    r = new(tmp_path / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "draft.docx", "draft.checklist.md", "already exist;")
    assert not (tmp_path / "draft.md").exists()


def test_force_replaces_the_whole_set(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"draft{suffix}").write_bytes(b"old")
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == 0, r.stderr
    for suffix in SUFFIXES:
        assert (tmp_path / f"draft{suffix}").read_bytes() != b"old"
    assert sorted(snapshot(tmp_path)) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "draft.docx").mkdir()
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "draft.docx", "is a folder")
    assert snapshot(tmp_path) == {}


def test_output_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes").write_bytes(b"a file, not a folder")
    r = new(tmp_path / "notes" / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "cannot write", "notes")
    assert snapshot(tmp_path) == {"notes": b"a file, not a folder"}


# --- failures while writing ---------------------------------------------------------------------

Failure = Callable[[], BaseException]
FAILURES: dict[str, tuple[Failure, int, str]] = {
    "interrupted": (KeyboardInterrupt, 130, "interrupted; nothing was written"),
    "disk full": (lambda: OSError(errno.ENOSPC, "No space left on device"), 3, "the disk is full"),
    "permission": (lambda: PermissionError(errno.EACCES, "Permission denied"), 3, "permission"),
    "read-only": (lambda: OSError(errno.EROFS, "Read-only file system"), 3, "read-only"),
}


class Saboteur:
    """Makes the ``nth`` call of a file-system function raise, letting the others through."""

    def __init__(self, real: Callable, nth: int, error: Failure) -> None:
        self.real, self.nth, self.error, self.calls = real, nth, error, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.nth:
            raise self.error()
        return self.real(*args, **kwargs)


# Where the writing can fail: making the temp file, filling it, flushing it, renaming it
# into place (the 1st, 2nd or 3rd of the three files).
STAGES = [
    ("tempfile.mkstemp", 1),
    ("tempfile.mkstemp", 3),
    ("os.fsync", 2),
    ("os.replace", 1),
    ("os.replace", 2),
    ("os.replace", 3),
]


def _sabotage(monkeypatch: pytest.MonkeyPatch, where: str, nth: int, error: Failure) -> Saboteur:
    module_name, name = where.split(".")
    module = {"os": fsutil.os, "tempfile": fsutil.tempfile}[module_name]
    saboteur = Saboteur(getattr(module, name), nth, error)
    monkeypatch.setattr(module, name, saboteur)
    return saboteur


@pytest.mark.parametrize(("where", "nth"), STAGES, ids=[f"{w}#{n}" for w, n in STAGES])
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("force", [False, True], ids=["new", "replacing"])
def test_a_failure_while_writing_leaves_the_folder_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    nth: int,
    failure: str,
    force: bool,
) -> None:
    error, code, words = FAILURES[failure]
    folder = tmp_path / "drafts"
    if force:  # a previous draft, which must survive whole
        folder.mkdir()
        for suffix in SUFFIXES:
            (folder / f"draft{suffix}").write_bytes(f"previous {suffix}".encode())
    before = snapshot(tmp_path)
    saboteur = _sabotage(monkeypatch, where, nth, error)
    r = new(folder / "draft", *(["--force"] if force else []))
    assert saboteur.calls >= nth  # the failure did happen
    assert r.exit_code == code, r.stderr
    assert "Traceback" not in r.stderr
    assert words in r.stderr, r.stderr
    if code == EXIT_WRITE:
        assert_one_clear_line(r, "cannot write", "drafts")
    assert snapshot(tmp_path) == before
    assert folder.exists() == force  # a folder made for the draft is removed again


def test_backups_are_not_left_behind(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"draft{suffix}").write_bytes(b"old")
    assert new(tmp_path / "draft", "--force").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_file_system_without_hard_links_still_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups are hard links; where there are none (FAT, some shares), writing still works."""

    def no_link(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(fsutil.os, "link", no_link)
    (tmp_path / "draft.md").write_bytes(b"old")
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "draft.md").read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_real_read_only_folder(tmp_path: Path) -> None:
    """A read-only folder, for real, in a subprocess. Root ignores folder permissions, so
    there the folder is made unwritable by a mount-free trick: its path runs through a file."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "keep.md").write_bytes(b"keep")
    if os.geteuid() == 0:
        target = folder / "keep.md" / "draft"  # a path under a file: ENOTDIR, even for root
        expected = "cannot write"
    else:
        folder.chmod(0o555)
        target = folder / "draft"
        expected = "permission denied"
    try:
        r = subprocess.run(
            [sys.executable, "-m", "mou_cli", "new", "--answers", ANSWERS_FILE, "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert r.returncode == EXIT_WRITE, r.stderr
    assert "Traceback" not in r.stderr
    assert expected in r.stderr and str(folder) in r.stderr, r.stderr
    assert len([line for line in r.stderr.splitlines() if line.startswith("error:")]) == 1
    assert snapshot(folder) == {"keep.md": b"keep"}


@pytest.mark.parametrize("delay", [0.15, 0.3, 0.4, 0.5, 0.6])
def test_ctrl_c_at_any_moment_leaves_all_or_nothing(tmp_path: Path, delay: float) -> None:
    """A real SIGINT to a running `mou new`: afterwards the folder holds the whole draft or
    nothing at all (and never a temp or backup file), whenever the signal came."""
    import signal
    import time

    folder = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mou_cli",
            "new",
            "--answers",
            ANSWERS_FILE,
            "-o",
            str(folder / "d"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    names = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert names in ([], sorted(f"d{s}" for s in SUFFIXES)), (names, err[-1000:])
    if proc.returncode == 0:
        assert names, err
    elif names == [] and "interrupted" in err:
        assert proc.returncode == 130


# --- the interview: every answer given reaches the answers file, and nothing it never showed ---

TYPE_ANSWERS = {
    "distribution.products": "Mesin tanam HT-4; Mesin panen MC-120",
    "distribution.territory": "Provinsi Sulawesi Selatan; Provinsi Sulawesi Barat",
    "distribution.exclusivity": "sole",
    "distribution.reserved_channels": "Tender pemerintah",
    "distribution.exclusive_negotiation_days": "60",
    "distribution.minimum_purchase.amount": "Rp 2 miliar",
    "distribution.minimum_purchase.on_failure": "terminate",
    "distribution.price_basis": "price_list_discount",
    "distribution.discount_percent": "22",
    "distribution.payment_days": "45",
    "distribution.incoterm.place": "Pelabuhan Makassar",
    "distribution.warranty_months": "24",
    "distribution.regulated": "medical_device",
    "distribution.registration_holder": "principal",
    "distribution.post_termination_stock": "sell_off",
    "joint_venture.vehicle": "new_pt",
    "joint_venture.authorised_capital.amount": "Rp 10 miliar",
    "joint_venture.paid_up_capital.amount": "Rp 4 miliar",
    "joint_venture.company_name": "PT Patungan Baru",
    "joint_venture.kbli": "46610",
    "joint_venture.directors": "3",
    "joint_venture.reserved_matters": "Pinjaman di atas Rp 1 miliar",
    "joint_venture.deadlock": "buy_sell",
    "joint_venture.lock_up_years": "5",
    "joint_venture.exclusive_negotiation_days": "90",
    "supply_chain.goods": "Gabah kering giling",
    "supply_chain.specifications": "Kadar air paling tinggi 14%",
    "supply_chain.halal": True,
    "supply_chain.lead_time_days": "14",
    "supply_chain.price_adjustment": "index",
    "supply_chain.price_index": "IHK BPS",
    "supply_chain.late_penalty_percent": "0,2",
    "supply_chain.late_penalty_cap_percent": "4",
    "marketing.marks[0].mark": "MAJU",
    "marketing.marks[0].registration": "IDM000123456",
    "marketing.marks[1].mark": "PADI",
    "marketing.campaign": "Pameran; Iklan daring",
    "marketing.approval_days": "7",
    "marketing.brand_guidelines": "Pedoman Merek MAJU 2027",
    "marketing.money": "fee",
    "marketing.fee.amount": "Rp 100 juta",
    "marketing.consumer_data": True,
    "technology.subtype": "licence",
    "technology.licensed_ip": "Paten IDP000012345",
    "technology.licence_scope": "exclusive",
    "technology.royalty.running_percent": "3",
    "technology.recording_by": "licensor",
    "community.beneficiaries": "Petani Desa Sukamaju",
    "community.grant.amount": "Rp 500 juta",
    "community.location": "Desa Sukamaju",
    "community.vulnerable_groups": True,
    "community.tranches[0].condition": "Setelah penandatanganan",
    "community.tranches[0].percent": "40",
    "community.tranches[1].condition": "Setelah laporan triwulan I",
    "community.eligible_costs": "Pelatihan; Bibit",
    "community.audit_right": False,
    "strategic.fields": "Riset; Pemasaran",
    "strategic.definitive_agreements": "Perjanjian lisensi",
    "strategic.non_solicitation": True,
    "strategic.non_solicit_months": "18",
}
TYPE_KEYS = tuple(sorted({k.split(".")[0] for k in TYPE_ANSWERS}))


class Seer:
    """Answers like a user who opens every list of a type's terms and types ``TYPE_ANSWERS``
    (Enter elsewhere); keeps what each prompt showed and what was answered."""

    def __init__(self, answers: dict) -> None:
        self.answers = answers
        self.seen: set[str] = set()
        self.given: dict[str, object] = {}

    def ask(self, p):
        from mou_cli.interview.asking import enter

        if p.kind == "details":
            listed = [k for k, _ in p.choices]
            self.seen.update(listed)
            return [k for k in listed if k.startswith(TYPE_KEYS)]
        self.seen.add(p.key)
        if p.key not in self.answers:
            return enter(p)
        value = self.answers[p.key]
        value = p.convert(value) if p.kind == "text" and p.convert else value
        self.given[p.key] = value
        return value

    def say(self, text: str, style: str = "") -> None:
        pass


def _interview(type_: str, binding: bool, seer: Seer):
    from mou_cli.interview.questions import TOPICS
    from mou_cli.interview.state import State
    from mou_cli.interview.walk import Walker

    parties = [
        {"name": "PT Mitra Alsintan", "address": "Jl. A 1", "representative": {"name": "Dewi"}},
        {"name": "Hanbit Co., Ltd.", "address": "Seoul", "jurisdiction": "Korea Selatan",
         "representative": {"name": "Lee"}},
    ]  # fmt: skip
    data = {"schema": 1, "language": "id", "type": type_, "binding": binding, "parties": parties}
    state = State(data, {"language", "type", "binding", "parties[0].name", "parties[1].name"})
    walker = Walker(state, seer)
    for t in TOPICS:
        walker.run(t, "ask")
    return walker, state


def _leaves(value, path: str):
    """Every answer under ``path`` as (path, value); a list of texts is one answer."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, f"{path}.{k}")
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}[{i}]")
    else:
        yield path, value


def _shown(leaf: str, seen: set[str]) -> bool:
    """``leaf`` was shown: asked, listed, or part of what was (an amount's currency)."""
    for k in seen:
        if leaf == k or leaf.startswith((f"{k}.", f"{k}[")):
            return True
        if k.endswith(".amount") and leaf.rsplit(".", 1)[0] == k.rsplit(".", 1)[0]:
            return True
    return False


@pytest.mark.parametrize("binding", [False, True], ids=["mou", "pks"])
@pytest.mark.parametrize("type_", TYPE_KEYS)
def test_every_type_answer_given_is_written_and_nothing_unseen(type_, binding):
    from mou_cli.answers import parse_yaml, validate
    from mou_cli.interview import store
    from mou_cli.interview.state import get_path

    seer = Seer(TYPE_ANSWERS)
    _, state = _interview(type_, binding, seer)
    text = store.answers_yaml(store.finish(state.data))
    data, lines = parse_yaml(text, "interview answers")
    validate(data, name="interview answers", lines=lines)  # drafts as a file would
    given = {k: v for k, v in seer.given.items() if k.startswith(type_)}
    if type_ == "marketing" and not binding:  # an MoU states the idea: no licence, no fees
        assert not given and "marketing" not in data
        return
    assert given, f"{type_}: no question of its terms was asked"
    for key, value in given.items():  # an answer asked is never thrown away
        stored = get_path(data, key)
        if isinstance(value, dict) and "amount" in value:  # money: the amount and currency
            parent = get_path(data, key.rsplit(".", 1)[0])
            assert {k: parent.get(k) for k in value} == value, key
        else:
            assert stored == value, (key, stored, value)
    block = data.get(type_) or {}
    unseen = [leaf for leaf, _ in _leaves(block, type_) if not _shown(leaf, seer.seen)]
    assert not unseen  # an answer the user never saw is never recorded
    others = [k for k in TYPE_KEYS if k != type_ and k in data]
    assert not others  # nor another type's terms
    if not binding:  # an MoU: no commercial terms, whatever was typed for them
        for term in ("minimum_purchase", "price_basis", "payment_days", "incoterm", "grant",
                     "tranches", "late_penalty_percent", "royalty", "fee", "deadlock"):  # fmt: skip
            assert term not in block, term


def test_a_changed_type_or_kind_of_document_takes_its_terms_along():
    """Answers that stop applying go (another type's terms would not validate; a binding
    term in an MoU would be drafted from a question the MoU never asks)."""
    from mou_cli.answers import validate
    from mou_cli.interview import store
    from mou_cli.interview.questions import TOPICS, topic

    seer = Seer({**TYPE_ANSWERS, "binding": False})
    walker, state = _interview("distribution", True, seer)
    assert state.data["distribution"]["minimum_purchase"]["amount"] == 2_000_000_000
    walker.edit(topic("basics"), "binding", TOPICS)
    block = state.data["distribution"]
    assert block["products"] == ["Mesin tanam HT-4", "Mesin panen MC-120"]  # still applies
    assert block["exclusive_negotiation_days"] == 60  # asked now: it applies to an MoU
    assert not {"minimum_purchase", "price_basis", "incoterm", "regulated"} & set(block)
    validate(store.finish(state.data))
    seer.answers["type"] = "marketing"
    walker.edit(topic("basics"), "type", TOPICS)
    assert "distribution" not in state.data
    assert validate(store.finish(state.data)).answers.type == "marketing"

"""``--format text``: the comparison for people, grouped by article.

Each changed part or article gets a heading (its label and title in NEW, and where it was in
OLD), then its changes: the class, where (line, paragraph or page, and the language column),
the reasons, and the words that changed in context (deleted ``[-like this-]``, inserted
``{+like this+}``; in colour on a terminal). Then the answers fields that changed, what came
back (tracked changes and comments, and the edits made with tracking off), and a summary line
that says what the exit code means. Text from the drafts goes through ``style.visible``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mou_cli.compare.shape import CLASSES, Change, Comparison, Section, Style, say
from mou_cli.console import report_console
from mou_cli.draft import Draft, Loc, Revision
from mou_cli.messages import Msg, msg

if TYPE_CHECKING:
    from rich.text import Text

CONTEXT = 40  # characters of unchanged text kept on each side of a change
LONG = 300  # characters shown of a paragraph added or removed whole
STYLE = {"substantive": "bold red", "moved": "magenta", "cosmetic": "cyan"}
MARK = {"substantive": "●", "moved": "↷", "cosmetic": "○"}
PARTS: dict[str, Msg] = {
    "languages": msg("Bahasa", "Languages"),
    "title": msg("Judul", "Title block"),
    "front": msg("Pembukaan dan para pihak", "Opening and parties"),
    "recitals": msg("Latar belakang", "Recitals"),
    "body": msg("Teks di luar pasal", "Text outside the articles"),
    "closing": msg("Penutup dan tanda tangan", "Closing and signatures"),
    "annex": msg("Lampiran", "Annexes"),
}
CLASS_NAMES: dict[str, Msg] = {
    "substantive": msg("substantif", "substantive"),
    "moved": msg("dipindahkan", "moved"),
    "cosmetic": msg("kosmetik", "cosmetic"),
}
KINDS: dict[str, Msg] = {
    "changed": msg("diubah", "changed"),
    "added": msg("ditambahkan", "added"),
    "removed": msg("dihapus", "removed"),
    "moved": msg("dipindahkan", "moved"),
    "renumbered": msg("nomor diubah", "renumbered"),
    "retitled": msg("judul diubah", "retitled"),
    "one-language": msg("satu bahasa saja", "one language only"),
    "language": msg("bahasa", "language"),
}
W: dict[str, Msg] = {
    "line": msg("baris", "line"),
    "para": msg("paragraf", "paragraph"),
    "page": msg("halaman", "page"),
    "was": msg("sebelumnya", "was"),
    "articles": msg("pasal", "articles"),
    "answers": msg("jawaban tertanam", "embedded answers"),
    "answers_changed": msg("Jawaban yang berubah", "Answers changed"),
    "came_back": msg("Yang kembali", "What came back"),
    "tracked": msg("perubahan terlacak", "tracked changes"),
    "comments": msg("komentar", "comments"),
    "untracked": msg("tanpa pelacakan", "untracked"),
    "untracked_note": msg(
        "perubahan tanpa pelacakan (ditandai ✱ di atas): diubah dengan Track Changes mati",
        "untracked edits (marked ✱ above): made with Track Changes off",
    ),
    "same": msg("Tidak ada perbedaan.", "No differences."),
    "exit0": msg("tidak ada perbedaan substantif", "no difference in substance"),
    "exit1": msg("kedua draf berbeda", "the drafts differ"),
    "none": msg("(tidak ada)", "(none)"),
}


def _w(key: str, lang: str) -> str:
    return say(W[key], lang)


def render(found: Comparison, style: Style) -> str:
    console, buf = report_console(style.color)
    _Printer(console, found, style).run()
    return buf.getvalue()


class _Printer:
    def __init__(self, console: object, found: Comparison, style: Style) -> None:
        self.console = console
        self.found = found
        self.style = style
        self.lang = style.lang
        self.tracking = any(c.tracked is not None for c in found.changes)

    def print(self, text: Text | str = "") -> None:
        self.console.print(text)  # type: ignore[attr-defined]

    def t(self, text: str = "", style: str = "") -> Text:
        from rich.text import Text

        return Text(text, style=style)

    def v(self, text: str) -> str:
        return self.style.visible(text)

    def run(self) -> None:
        self._side("OLD", self.found.old)
        self._side("NEW", self.found.new)
        self.print()
        for s in self.found.sections:
            if s.changes:
                self._section(s)
        if not self.found.changes:
            self.print(self.t(_w("same", self.lang), "green"))
            self.print()
        self._answers()
        self._came_back()
        self._summary()

    def _side(self, name: str, d: Draft) -> None:
        head = self.t(f"{name}  ", "bold")
        head.append(self.v(d.path), style="bold")
        numbers = {a.number for a in d.articles if a.number is not None}
        n = len(numbers) if d.bilingual and numbers else len(d.articles)
        about = (
            f"  {d.source_format} · {'+'.join(d.langs) or '?'} · {n} {_w('articles', self.lang)}"
        )
        if d.answers is not None:
            about += f" · {_w('answers', self.lang)}"
        head.append(about, style="dim")
        self.print(head)

    def _section(self, s: Section) -> None:
        lang = self.lang
        if s.part == "article":
            now, was = s.new or s.old, s.old if s.new else None
            assert now is not None
            head = self.t(self.v(f"{now.label}  {now.title}".rstrip()), "bold")
            if was is not None and s.old and s.new and s.old.label != s.new.label:
                head.append(f"  ({_w('was', lang)} {self.v(s.old.label)})", style="dim")
            head.append(f"  [{self._status(s)}]", style="dim")
        else:
            head = self.t(say(PARTS.get(s.part, msg(s.part, s.part)), lang), "bold")
        self.print(head)
        for c in sorted(s.changes, key=lambda c: CLASSES.index(c.cls)):
            self._change(c)
        self.print()

    def _status(self, s: Section) -> str:
        status = s.status
        return say(KINDS[status], self.lang) if status in KINDS else status

    def _change(self, c: Change) -> None:
        lang = self.lang
        line = self.t(f"  {MARK[c.cls]} ")
        line.append(say(CLASS_NAMES[c.cls], lang), style=STYLE[c.cls])
        line.append(f"  {say(KINDS[c.kind], lang)}", style="dim")
        where = self._where(c.new_loc or c.old_loc, c.lang)
        if where:
            line.append(f"  {self.v(where)}", style="bold")
        if self.tracking and c.tracked is False:
            line.append(f"  ✱ {_w('untracked', lang)}", style="yellow")
        self.print(line)
        for r in c.reasons:
            self.print(self.t(f"      {self.v(say(r.message, lang))}"))
        if c.kind == "changed" and c.pieces:
            self.print(self._inline(c))
        elif c.kind in ("added", "removed"):
            text = (c.new if c.kind == "added" else c.old) or ""
            sign, colour = ("+", "green") if c.kind == "added" else ("-", "red")
            shown = text if len(text) <= LONG else text[: LONG - 1] + "…"
            for part in shown.split("\n"):
                self.print(self.t(f"      {sign} {self.v(part)}", colour))

    def _where(self, loc: Loc | None, lang: str | None) -> str:
        if loc is None:
            return f"({lang})" if lang else ""
        if loc.line:
            place = f"{_w('line', self.lang)} {loc.line}"
        elif loc.para:
            place = f"{_w('para', self.lang)} {loc.para}"
        elif loc.page:
            place = f"{_w('page', self.lang)} {loc.page}"
        else:
            place = ""
        return f"{place} ({lang})".strip() if lang else place

    def _inline(self, c: Change) -> Text:
        """The changed words in context: unchanged stretches cut to ``CONTEXT`` characters."""
        out = self.t("      ")
        pieces = list(c.pieces)
        for n, p in enumerate(pieces):
            text = self.v(" ".join(p.text.split("\n")))
            if p.kind == "equal":
                first, last = n == 0, n == len(pieces) - 1
                if first and len(text) > CONTEXT:
                    text = "…" + text[-CONTEXT:]
                elif last and len(text) > CONTEXT:
                    text = text[:CONTEXT] + "…"
                elif not first and not last and len(text) > 2 * CONTEXT:
                    text = text[:CONTEXT] + " … " + text[-CONTEXT:]
                out.append(text, style="dim")
            elif p.kind == "delete":
                out.append(text if self.style.color else f"[-{text}-]", style="red strike")
            else:
                out.append(text if self.style.color else f"{{+{text}+}}", style="green underline")
        return out

    def _answers(self) -> None:
        changes = self.found.answers
        if not changes:
            return
        self.print(self.t(f"{_w('answers_changed', self.lang)} ({len(changes)})", "bold"))
        for a in changes:
            line = self.t(f"  {self.v(a.path)}: ", "bold")
            line.append(self.v(f"{_shown(a.old)} -> {_shown(a.new)}"))
            self.print(line)
        self.print()

    def _came_back(self) -> None:
        lang = self.lang
        for side, d in (("OLD", self.found.old), ("NEW", self.found.new)):
            if not d.revisions:
                continue
            tracked = sum(1 for r in d.revisions if r.kind != "comment")
            comments = len(d.revisions) - tracked
            self.print(
                self.t(
                    f"{_w('came_back', lang)} ({side}: {tracked} {_w('tracked', lang)}, "
                    f"{comments} {_w('comments', lang)})",
                    "bold",
                )
            )
            for r in d.revisions:
                self.print(self._revision(r))
            self.print()
        untracked = self.found.untracked
        if self.tracking and untracked:
            self.print(self.t(f"{len(untracked)} {_w('untracked_note', lang)}", "yellow"))
            self.print()

    def _revision(self, r: Revision) -> Text:
        line = self.t(f"  {r.kind:<9} ", "bold")
        who = " ".join(x for x in (r.author, r.date) if x) or "?"
        line.append(self.v(who), style="dim")
        where = r.loc.article or self._where(r.loc, None)
        if where:
            line.append(f"  {self.v(where)}")
        if r.text:
            text = " ".join(r.text.split())
            text = text if len(text) <= 120 else text[:119] + "…"
            line.append(f': "{self.v(text)}"')
        return line

    def _summary(self) -> None:
        found, lang = self.found, self.lang
        counts = ", ".join(f"{found.count(k)} {say(CLASS_NAMES[k], lang)}" for k in CLASSES)
        if found.answers:
            counts += f", {len(found.answers)} {_w('answers_changed', lang).lower()}"
        code = found.exit_code(strict=self.style.strict)
        verdict = _w("exit1" if code else "exit0", lang)
        self.print(self.t(f"{counts}: {verdict} (exit {code})", "bold"))


def _shown(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text if len(text) <= 120 else text[:119] + "…"

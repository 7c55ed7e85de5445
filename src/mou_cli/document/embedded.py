"""The answers a draft was generated from, carried inside the draft itself.

Markdown: YAML front matter at the very top::

    ---
    mou:
      generator: mou 0.1.0
      answers:
        schema: 1
        ...
    ---

DOCX: a custom XML part (``customXml/itemN.xml``, root ``<answers>`` in the namespace
``urn:mou-cli:answers:1``, the answers as YAML text), related from the main document part, so
Word keeps it when the draft is edited and saved; ``read_embedded`` gets it back. Writing is
deterministic: the same input gives the same bytes.

After the YAML text the root holds a ``<check sum="...">`` element for `mou check`: JSON with
the same answers and the facts its rules need (:mod:`~mou_cli.document.facts`, computed once
by drafting from the validated answers), so checking a draft needs neither a YAML parser nor
the answers model. One checksum, ``sum`` (length and CRC-32), covers everything that is
trusted: the YAML text and the JSON together. A hand edit of either (Word, an unzipped part)
breaks it, and then the JSON is not used: the YAML is read and validated again. A checksum
detects edits, it does not prove who made the file: :mod:`mou_cli.check.answers` checks the
types and limits of the JSON it trusts. The DOCX writer adds the part
(:func:`answers_part_xml`, :func:`check_json`) while it builds the package.

How much a DOCX carries is chosen with `mou new --embed` (:data:`EMBED_LEVELS`): ``answers``
(the above), ``facts`` (the ``<check>`` element with the facts alone, no answers: the root is
marked ``level="facts"`` and its YAML text is empty; :func:`facts_only` makes it from a full
part) or ``none`` (no part at all: the writer is given no answers).

Reading is bounded like an answers file: at most ``MAX_YAML`` bytes of YAML (the limit of an
answers file), parsed with :mod:`mou_cli.yamlio`'s alias and depth limits, raw control
characters taken out first. Answers that are there but cannot be read come back as
:class:`Unreadable`, an empty mapping saying why, so `mou check` can say they were ignored.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mou_cli.document.facts import Facts

NS = "urn:mou-cli:answers:1"
KEY = "mou"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
MAX_YAML = 1_000_000  # bytes of answers YAML: the limit of an answers file (answers.MAX_BYTES)
MAX_CHECK = 2 * MAX_YAML  # characters of the <check> JSON: the answers again and their facts
MAX_PART = 8 * MAX_YAML  # bytes of the answers part in the zip: both, escaped as XML
EMBED_LEVELS = ("answers", "facts", "none")
_RAW_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")  # YAML refuses them raw


class Unreadable(dict):  # type: ignore[type-arg]
    """Embedded answers that are there but cannot be read: an empty mapping (so nothing reads
    answers from it) whose ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


def dump_answers(answers: dict[str, Any]) -> str:
    """The answers as YAML text, as the DOCX part and the front matter store them."""
    from mou_cli import yamlio  # here, not at the top: reading a stored check needs no YAML

    return yamlio.dump(answers)


def _load(text: str) -> Any:
    """The data of a YAML text; :class:`Unreadable` when it is too large or not YAML."""
    from mou_cli import yamlio

    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML:
        return Unreadable(f"the answers are over {MAX_YAML:,} bytes, the limit of an answers file")
    try:
        return yamlio.parse(_RAW_CONTROL.sub("", text), python_errors=False)[0]
    except yamlio.YAMLError as exc:
        return Unreadable(f"the answers are not valid YAML ({exc.reason})")
    except RecursionError:
        return Unreadable("the answers are nested too deeply")
    except Exception as exc:  # whatever else a hostile text makes PyYAML raise
        return Unreadable(f"the answers cannot be read as YAML ({type(exc).__name__})")


# --- Markdown ------------------------------------------------------------------------------


def front_matter(answers: dict[str, Any], generator: str = "") -> str:
    """The YAML front matter block (ending in a newline) that carries ``answers``."""
    from mou_cli import __version__

    body = {KEY: {"generator": generator or f"mou {__version__}", "answers": answers}}
    return f"---\n{dump_answers(body)}---\n"


_FM_END = re.compile(r"^(?:---|\.\.\.)\s*$")


def split_front_matter(text: str) -> tuple[str, dict[str, Any] | None, dict[str, Any] | None]:
    """``(text, front matter, answers)``: the front matter lines are blanked, so line numbers
    in the rest stay those of the file. Front matter that is not YAML is left as text."""
    if not text.startswith("---"):
        return text, None, None
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return text, None, None
    for end in range(1, min(len(lines), 20_000)):
        if _FM_END.match(lines[end]):
            break
    else:
        return text, None, None
    data = _load("\n".join(lines[1:end]))
    rest = "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    if isinstance(data, Unreadable):  # mou's own front matter is ignored, any other is text
        ours = any(line.startswith(f"{KEY}:") for line in lines[1:end])
        return (rest, None, data) if ours else (text, None, None)
    if not isinstance(data, dict):
        return text, None, None
    return rest, data, _answers_from(data)


def _answers_from(data: dict[Any, Any]) -> dict[str, Any] | None:
    """``mou.answers`` of the front matter; :class:`Unreadable` when it is not a mapping."""
    inner = data.get(KEY)
    if not isinstance(inner, dict) or "answers" not in inner:
        return None
    answers = inner["answers"]
    if not isinstance(answers, dict):
        return Unreadable("mou.answers is not a mapping of fields (schema: 1, ...)")
    return answers


# --- DOCX ------------------------------------------------------------------------------------


def _xml(root: Any) -> bytes:
    from lxml import etree

    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _parse(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def check_json(answers: dict[str, Any], facts: Facts) -> str | None:
    """The text of the ``<check>`` element: ``answers`` and their ``facts``, stamped with this
    mou version; None when JSON cannot carry the answers exactly."""
    try:
        text = json.dumps(answers, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError):  # dates, sets: types JSON does not have
        return None
    if json.loads(text) != answers:
        return None
    from mou_cli import __version__

    stored = {"answers": answers, "mou": __version__, "facts": facts.to_json()}
    return json.dumps(stored, ensure_ascii=False, sort_keys=True)


def _digest(answers_yaml: str, check: str) -> str:
    """The checksum of everything trusted: the YAML text and the JSON beside it (zlib is
    loaded with zipfile; hashlib would cost ~4 ms)."""
    data = answers_yaml.encode("utf-8", "surrogatepass") + b"\0" + check.encode("utf-8")
    return f"{len(data)}-{zlib.crc32(data):08x}"


def answers_part_xml(answers_yaml: str, check: str | None = None) -> tuple[bytes, bytes]:
    """The custom XML item holding ``answers_yaml`` (and the ``<check>`` element, when
    ``check`` is given: see :func:`check_json`) and its properties part, as bytes."""
    from lxml import etree

    root = etree.Element(f"{{{NS}}}answers", nsmap={None: NS})
    root.text = answers_yaml  # lxml refuses text XML cannot hold, so a reader gets it back as is
    if check is not None and len(answers_yaml.encode()) <= MAX_YAML and len(check) <= MAX_CHECK:
        etree.SubElement(root, f"{{{NS}}}check", sum=_digest(answers_yaml, check)).text = check
    item_xml = _xml(root)
    import hashlib
    import uuid

    guid = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, NS + hashlib.sha256(item_xml).hexdigest()))
    guid = guid.upper() + "}"
    ds = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    ds.set(f"{{{_DS}}}itemID", guid)
    refs = etree.SubElement(ds, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", NS)
    return item_xml, _xml(ds)


def main_part(z: zipfile.ZipFile) -> str:
    """The main document part named in ``_rels/.rels`` (normally ``word/document.xml``)."""
    try:
        rels = _parse(z.read("_rels/.rels"))
    except Exception:  # no such part, or not XML
        return "word/document.xml"
    for r in rels:
        if str(r.get("Type", "")).endswith("/officeDocument"):
            return str(r.get("Target", "word/document.xml")).lstrip("/")
    return "word/document.xml"


def is_answers_part(head: bytes) -> bool:
    """Whether a custom XML part (its first bytes are enough) holds mou's answers."""
    return NS.encode() in head[:400]


def read_embedded(z: zipfile.ZipFile, limit: int = MAX_PART) -> dict[str, Any] | None:
    """The answers embedded in an open DOCX zip, or None."""
    return read_embedded_facts(z, limit)[0]


def read_embedded_facts(
    z: zipfile.ZipFile, limit: int = MAX_PART
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(answers, stored)`` embedded in an open DOCX zip. ``stored`` is the rest of the
    ``<check>`` JSON (``mou``, ``facts``) when the checksum holds, and the answers are then its
    JSON copy; otherwise ``stored`` is None and the answers are the YAML text's
    (:class:`Unreadable` when they cannot be read)."""
    for info in z.infolist():
        if not re.match(r"customXml/item\d+\.xml$", info.filename):
            continue
        if not is_answers_part(z.open(info.filename).read(400)):
            continue
        if info.file_size > limit:
            return Unreadable(f"the answers part is over {limit:,} bytes"), None
        try:
            root = _parse(z.read(info.filename))
        except Exception:  # not XML, a damaged entry
            return Unreadable("the answers part is not well-formed XML"), None
        text = root.text or ""
        if root.get("level") == "facts":  # `mou new --embed facts`: no answers inside
            return None, _stored_facts(root)
        stored = _stored_check(root, text)
        if stored is not None:
            return stored
        data = _load(text)
        if isinstance(data, dict):
            return data, None
        return Unreadable("the answers are not a mapping of fields (schema: 1, ...)"), None
    return None, None


def _stored_check(root: Any, text: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    el = root.find(f"{{{NS}}}check")
    if el is None or len(text) > MAX_YAML or len(el.text or "") > MAX_CHECK:
        return None
    check = el.text or ""
    if el.get("sum") != _digest(text, check):
        return None
    try:
        data = json.loads(check)
    except (ValueError, RecursionError):  # RecursionError: hostile nesting "[[[[..."
        return None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return None
    answers = data.pop("answers")
    return answers, data


def _stored_facts(root: Any) -> dict[str, Any] | None:
    """The ``<check>`` data of a facts-only part (``mou``, ``facts``), when its checksum
    holds."""
    el = root.find(f"{{{NS}}}check")
    check = (el.text or "") if el is not None else ""
    if el is None or len(check) > MAX_CHECK or el.get("sum") != _digest("", check):
        return None
    try:
        data = json.loads(check)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and "answers" not in data else None


def facts_only(docx: bytes) -> bytes:
    """The DOCX ``docx`` with its embedded answers reduced to their facts (``--embed facts``):
    the YAML and the JSON answers are gone, the facts `mou check` reads stay. A DOCX without
    stored facts loses its answers part's content altogether."""
    import io

    src = zipfile.ZipFile(io.BytesIO(docx))
    buf = io.BytesIO()
    with src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if re.match(r"customXml/item\d+\.xml$", info.filename) and is_answers_part(data):
                data = _facts_part(data)
            out.writestr(info, data)
    return buf.getvalue()


def _facts_part(item_xml: bytes) -> bytes:
    from lxml import etree

    root = _parse(item_xml)
    stored = _stored_check(root, root.text or "")
    new = etree.Element(f"{{{NS}}}answers", nsmap={None: NS})
    new.set("level", "facts")
    new.text = ""
    if stored is not None:
        check = json.dumps(stored[1], ensure_ascii=False, sort_keys=True)
        etree.SubElement(new, f"{{{NS}}}check", sum=_digest("", check)).text = check
    return _xml(new)

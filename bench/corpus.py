"""Score `mou check` against the hand-labelled corpus of real agreements.

Usage:
    python bench/corpus.py DIR [--labels bench/corpus/labels.tsv] [--json]

DIR holds the labelled files (bench/corpus/docs for the redistributable ones, a local folder
such as /work/corpus for all of them). Labels come from people reading the documents, never
from mou's output: see bench/corpus/NOTES.md and SOURCES.md.

A completeness finding (MOU-C0xx) says a section is missing, so the tool's answer for a
section is "absent" when a mapped rule fires and "present" otherwise. Precision and recall
are for detecting ABSENT sections. Sections with no mapped rule are reported as not judged.

Only the standard library is used; mou runs as a subprocess (`python -m mou_cli check
--format json`). Files mou cannot read count as unreadable; a traceback or an exit code
other than 0, 1 or 2 counts as a crash.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# Completeness rule -> the section whose absence it reports (src/mou_cli/check/rules/*.py).
# MOU-C002 (no representative named) and MOU-C004 (goals not measurable) do not say that a
# section is missing, so they are not mapped.
RULE_SECTION: dict[str, str] = {
    "MOU-C001": "parties",  # missing-parties
    "MOU-C003": "purpose",  # missing-purpose
    "MOU-C005": "roles",  # missing-roles
    "MOU-C006": "financial",  # missing-financial-terms
    "MOU-C007": "ip",  # missing-ip
    "MOU-C008": "confidentiality",  # missing-confidentiality
    "MOU-C009": "term",  # missing-term
    "MOU-C010": "termination",  # missing-termination
    "MOU-C011": "dispute",  # missing-dispute-resolution
    "MOU-C012": "governing_law",  # missing-governing-law
    "MOU-C013": "force_majeure",  # missing-force-majeure
    "MOU-C014": "notices",  # missing-notices
    "MOU-C015": "amendment",  # missing-amendment
    "MOU-C016": "signatures",  # missing-signature-block
}

SECTIONS = [
    "parties",
    "purpose",
    "roles",
    "financial",
    "ip",
    "confidentiality",
    "term",
    "termination",
    "dispute",
    "governing_law",
    "force_majeure",
    "notices",
    "amendment",
    "signatures",
]
LANGS = ["id", "en", "id-en"]
SOURCE_TYPES = {  # format column of SOURCES.md -> reported source type
    "scan-pdf": "ocr/scan-pdf",
    "text-pdf": "text-pdf",
    "docx": "docx",
    "md": "md/txt",
    "txt": "md/txt",
}
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LABELS = ROOT / "bench" / "corpus" / "labels.tsv"
SOURCES_MD = ROOT / "bench" / "corpus" / "SOURCES.md"
BATCH_TIMEOUT = 900
FILE_TIMEOUT = 120


def read_labels(path: Path) -> tuple[dict[str, str], dict[str, dict[str, int]], list[tuple]]:
    """Return (lang per file, section labels per file, finding rows)."""
    langs: dict[str, str] = {}
    sections: dict[str, dict[str, int]] = defaultdict(dict)
    findings: list[tuple[str, str, str, int]] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header[:4] != ["file", "lang", "item", "expected"]:
            sys.exit(f"{path}: header must be file, lang, item, expected")
        for n, raw in enumerate(fh, start=2):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                sys.exit(f"{path}:{n}: expected 4 tab-separated columns")
            name, lang, item, expected = cols[:4]
            langs[name] = lang
            value = int(expected)
            if item.startswith("section:"):
                sections[name][item.split(":", 1)[1]] = value
            elif item.startswith("finding:"):
                _, rule, where = item.split(":", 2)
                findings.append((name, rule, where.strip(), value))
    return langs, dict(sections), findings


def read_formats(path: Path) -> dict[str, str]:
    """The format column of SOURCES.md's table (file in the first column)."""
    formats: dict[str, str] = {}
    if not path.exists():
        return formats
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None if not line.strip() else header
            continue
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        row = dict(zip(header, cells, strict=False))
        if "file" in row and "format" in row:
            formats[row["file"]] = row["format"]
    return formats


def source_type(name: str, formats: dict[str, str]) -> str:
    fmt = formats.get(name)
    if fmt is None:
        ext = Path(name).suffix.lower().lstrip(".")
        fmt = {"pdf": "text-pdf", "docx": "docx", "md": "md", "txt": "txt"}.get(ext, ext)
    return SOURCE_TYPES.get(fmt, fmt)


def mou_env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("NO_COLOR", "1")
    return env


def run_mou(paths: list[Path], timeout: int) -> tuple[int | None, str, str, float]:
    cmd = [
        sys.executable,
        "-m",
        "mou_cli",
        "check",
        "--format",
        "json",
        "--fail-on",
        "error",
        "--no-progress",
        *map(str, paths),
    ]
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=mou_env(), cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return None, "", "timeout", time.perf_counter() - start
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start


def crashed(code: int | None, stderr: str) -> bool:
    return code not in (0, 1, 2) or "Traceback (most recent call last)" in stderr


def parse_report(stdout: str) -> dict | None:
    try:
        data = json.loads(stdout)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def collect(paths: list[Path]) -> tuple[dict[str, dict], set[str], float]:
    """Run mou on every path; return per-file results, crashed files, elapsed seconds."""
    results: dict[str, dict] = {}
    crashes: set[str] = set()
    code, out, err, elapsed = run_mou(paths, BATCH_TIMEOUT)
    report = parse_report(out)
    if report is None or crashed(code, err):
        # Attribute the crash: one run per file.
        elapsed = 0.0
        for p in paths:
            code, out, err, secs = run_mou([p], FILE_TIMEOUT)
            elapsed += secs
            rep = parse_report(out)
            if rep is None or crashed(code, err):
                crashes.add(p.name)
                results[p.name] = {
                    "unreadable": True,
                    "error": (err.strip().splitlines() or ["?"])[-1],
                    "findings": [],
                }
                continue
            results.update(split_report(rep, [p]))
        return results, crashes, elapsed
    results.update(split_report(report, paths))
    return results, crashes, elapsed


def split_report(report: dict, paths: list[Path]) -> dict[str, dict]:
    by_name = {p.name: p for p in paths}
    per: dict[str, dict] = {}
    for f in report.get("files", []):
        name = Path(f.get("path", "")).name
        per[name] = {
            "unreadable": bool(f.get("error")),
            "error": f.get("error"),
            "findings": [],
            "format": f.get("format"),
            "articles": f.get("articles"),
        }
    for fd in report.get("findings", []):
        name = Path(fd.get("file", "")).name
        per.setdefault(name, {"unreadable": False, "error": None, "findings": []})
        per[name]["findings"].append(fd)
    for name in by_name:  # files the report does not list at all were not read
        per.setdefault(name, {"unreadable": True, "error": "not in report", "findings": []})
    return per


def where_of(f: dict) -> str:
    """How a label names a finding's place: its line, DOCX paragraph, ``p<page>`` in a PDF, or
    ``-`` for a finding about the whole document."""
    if f.get("line"):
        return str(f["line"])
    if f.get("para"):
        return str(f["para"])
    if f.get("page"):
        return f"p{f['page']}"
    return "-"


def verdict(f: dict, name: str, labels: dict, sections: dict) -> int | None:
    """1 (true), 0 (false alarm) or None (not judged) for one reported finding: a finding row
    of the labels, or for a completeness warning the section label (present = false alarm)."""
    v = labels.get((name, f.get("rule"), where_of(f)))
    if v is not None:
        return v
    section = RULE_SECTION.get(f.get("rule", ""))
    if section and section in sections.get(name, {}):
        return 1 - sections[name][section]
    return None


def ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def score(langs, sections, finding_rows, formats, results, crashes, elapsed, missing):
    judged = set(RULE_SECTION.values())
    acc = Counter()  # keys: ("all"|lang|type, "ok"/"n")
    conf = {s: Counter() for s in SECTIONS}
    docs = []
    severities_total = Counter()
    labels = {(n, r, w): v for n, r, w, v in finding_rows}
    per_group: dict[str, Counter] = defaultdict(Counter)
    readable = [n for n in sections if n in results and not results[n]["unreadable"]]
    for name in sorted(sections):
        lang = langs.get(name, "?")
        stype = source_type(name, formats)
        res = results.get(name)
        doc = {"file": name, "lang": lang, "source_type": stype}
        if res is None:
            doc["status"] = "missing"
            docs.append(doc)
            continue
        if res["unreadable"]:
            doc["status"] = "crash" if name in crashes else "unreadable"
            doc["error"] = res.get("error")
            docs.append(doc)
            continue
        flagged = {
            RULE_SECTION[f["rule"]] for f in res["findings"] if f.get("rule") in RULE_SECTION
        }
        sev = Counter(f.get("severity", "?") for f in res["findings"])
        severities_total.update(sev)
        judged_f = Counter()  # (severity, "true"|"false"|"unjudged")
        for f in res["findings"]:
            v = verdict(f, name, labels, sections)
            judged_f[
                (f.get("severity", "?"), "unjudged" if v is None else "true" if v else "false")
            ] += 1
        for k in ("all", f"lang:{lang}", f"type:{stype}"):
            per_group[k]["docs"] += 1
            for (sv, what), n in judged_f.items():
                per_group[k][f"{sv}:{what}"] += n
                per_group[k][sv] += n
        wrong = []
        ok_n = n_n = 0
        for s, expected in sections[name].items():
            if s not in judged:
                continue
            said_absent = s in flagged
            absent = expected == 0
            ok = said_absent == absent
            key = (
                "tp"
                if said_absent and absent
                else "fp"
                if said_absent
                else "fn"
                if absent
                else "tn"
            )
            conf[s][key] += 1
            ok_n += ok
            n_n += 1
            if not ok:
                wrong.append(f"{s}:{'said-absent' if said_absent else 'missed-absent'}")
        for k in ("all", f"lang:{lang}", f"type:{stype}"):
            acc[(k, "ok")] += ok_n
            acc[(k, "n")] += n_n
        doc.update(
            status="ok",
            accuracy=ratio(ok_n, n_n),
            wrong=wrong,
            findings={k: sev.get(k, 0) for k in ("error", "warning", "info")},
            false_alarms={k: judged_f[(k, "false")] for k in ("error", "warning")},
            unjudged={k: judged_f[(k, "unjudged")] for k in ("error", "warning")},
        )
        docs.append(doc)

    per_section = {}
    for s in SECTIONS:
        c = conf[s]
        if s not in judged:
            per_section[s] = {"judged": False}
            continue
        per_section[s] = {
            "judged": True,
            "tp": c["tp"],
            "fp": c["fp"],
            "fn": c["fn"],
            "tn": c["tn"],
            "precision_absent": ratio(c["tp"], c["tp"] + c["fp"]),
            "recall_absent": ratio(c["tp"], c["tp"] + c["fn"]),
            "accuracy": ratio(c["tp"] + c["tn"], sum(c.values())),
        }

    rule_prec: dict[str, Counter] = defaultdict(Counter)
    for name, rule, where, expected in finding_rows:
        res = results.get(name)
        if not res or res["unreadable"]:
            continue
        hit = any(f.get("rule") == rule and where_of(f) == where for f in res["findings"])
        if hit:
            rule_prec[rule]["true" if expected else "false"] += 1
        else:
            rule_prec[rule]["not-reported"] += 1
    per_rule = {
        r: {
            "true": c["true"],
            "false": c["false"],
            "not_reported": c["not-reported"],
            "precision": ratio(c["true"], c["true"] + c["false"]),
        }
        for r, c in sorted(rule_prec.items())
    }

    n_docs = len(sections)
    n_read = len(readable)

    def by(prefix: str) -> dict[str, dict]:
        return {
            k.split(":", 1)[1]: {
                "accuracy": ratio(acc[(k, "ok")], acc[(k, "n")]),
                "judgements": acc[(k, "n")],
            }
            for (k, part) in acc
            if part == "n" and k.startswith(prefix)
        }

    def alarms(k: str) -> dict:
        c = per_group.get(k, Counter())
        n = c["docs"]
        return {
            "documents": n,
            "errors_per_doc": ratio(c["error"], n),
            "false_errors": c["error:false"],
            "unjudged_errors": c["error:unjudged"],
            "warnings_per_doc": ratio(c["warning"], n),
            "false_warnings_per_doc": ratio(c["warning:false"], n),
            "unjudged_warnings": c["warning:unjudged"],
        }

    false_alarms = {
        "all": alarms("all"),
        "per_language": {k.split(":", 1)[1]: alarms(k) for k in per_group if k.startswith("lang:")},
        "per_source_type": {
            k.split(":", 1)[1]: alarms(k) for k in per_group if k.startswith("type:")
        },
    }
    statuses = Counter(d["status"] for d in docs)
    unread_by_type = Counter(
        d["source_type"] for d in docs if d["status"] in ("unreadable", "crash")
    )
    return {
        "documents": n_docs,
        "readable": n_read,
        "unreadable": statuses.get("unreadable", 0),
        "unreadable_by_source_type": dict(unread_by_type),
        "crashes": sorted(crashes),
        "missing_files": sorted(missing),
        "elapsed_s": round(elapsed, 3),
        "documents_per_s": ratio(n_docs, elapsed) if elapsed else None,
        "section_accuracy": ratio(acc[("all", "ok")], acc[("all", "n")]),
        "section_judgements": acc[("all", "n")],
        "not_judged": [s for s in SECTIONS if s not in judged],
        "per_section": per_section,
        "per_language": by("lang:"),
        "per_source_type": by("type:"),
        "per_rule_precision": per_rule,
        "false_alarms": false_alarms,
        "findings_per_document": {
            k: ratio(severities_total.get(k, 0), n_read) for k in ("error", "warning", "info")
        },
        "docs": docs,
    }


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def print_text(r: dict) -> None:
    print(
        f"documents {r['documents']}, readable {r['readable']}, unreadable {r['unreadable']}"
        f" {r['unreadable_by_source_type'] or ''}, crashes {len(r['crashes'])}"
        f"{' ' + ', '.join(r['crashes']) if r['crashes'] else ''}"
    )
    if r["missing_files"]:
        print(f"labelled but not found in DIR: {len(r['missing_files'])}")
    print(
        f"section accuracy (readable documents): {fmt(r['section_accuracy'])}"
        f"  ({r['section_judgements']} judgements)"
    )
    print("\nper section (detecting ABSENT sections):")
    print(f"  {'section':16} {'prec':>6} {'recall':>6} {'acc':>6}   tp  fp  fn   tn")
    for s, v in r["per_section"].items():
        if not v["judged"]:
            print(f"  {s:16} not judged (no rule)")
            continue
        print(
            f"  {s:16} {fmt(v['precision_absent'])} {fmt(v['recall_absent'])} {fmt(v['accuracy'])}"
            f"  {v['tp']:3} {v['fp']:3} {v['fn']:3} {v['tn']:4}"
        )
    print("\nper language:")
    for k in LANGS:
        v = r["per_language"].get(k)
        n = v["judgements"] if v else 0
        print(f"  {k:6} {fmt(v['accuracy']) if v else '  n/a'}  ({n} judgements)")
    print("\nper source type:")
    for k in ("ocr/scan-pdf", "text-pdf", "docx", "md/txt"):
        v = r["per_source_type"].get(k)
        n = v["judgements"] if v else 0
        print(f"  {k:13} {fmt(v['accuracy']) if v else '  n/a'}  ({n} judgements)")
    print("\nper-rule precision on hand-checked findings:")
    if not r["per_rule_precision"]:
        print("  (no finding:<rule>:<line> rows in the labels)")
    for rule, v in r["per_rule_precision"].items():
        print(
            f"  {rule}: {fmt(v['precision'])}  true {v['true']}, false {v['false']},"
            f" not reported {v['not_reported']}"
        )
    f = r["findings_per_document"]
    print(
        f"\nfindings per readable document: error {f['error'] or 0:.2f}, warning"
        f" {f['warning'] or 0:.2f}, info {f['info'] or 0:.2f}"
    )
    print("\nfalse alarms (labels: finding rows, and section labels for completeness warnings):")
    print(
        f"  {'group':13} {'docs':>4} {'err/doc':>7} {'false err':>9} {'unjudged':>8}"
        f" {'warn/doc':>8} {'false warn/doc':>14} {'unjudged':>8}"
    )
    fa = r["false_alarms"]
    groups = [("all", fa["all"])]
    groups += [(k, fa["per_language"][k]) for k in LANGS if k in fa["per_language"]]
    groups += [
        (k, fa["per_source_type"][k])
        for k in ("ocr/scan-pdf", "text-pdf", "docx", "md/txt")
        if k in fa["per_source_type"]
    ]
    for k, v in groups:
        print(
            f"  {k:13} {v['documents']:4} {v['errors_per_doc'] or 0:7.2f} {v['false_errors']:9}"
            f" {v['unjudged_errors']:8} {v['warnings_per_doc'] or 0:8.2f}"
            f" {v['false_warnings_per_doc'] or 0:14.2f} {v['unjudged_warnings']:8}"
        )
    dps = r["documents_per_s"]
    print(f"speed: {r['elapsed_s']:.2f} s, {dps:.1f} documents/s" if dps else "speed: n/a")
    print("\nper document:")
    for d in r["docs"]:
        if d["status"] != "ok":
            print(f"  {d['file']:44} {d['status']}")
            continue
        fd = d["findings"]
        print(
            f"  {d['file']:44} {fmt(d['accuracy'])}  E{fd['error']} W{fd['warning']} I{fd['info']}"
            f"  false E{d['false_alarms']['error']} W{d['false_alarms']['warning']}"
            f"  {' '.join(d['wrong'])}"
        )


def write_findings(path: Path, results: dict, finding_rows: list, sections: dict) -> None:
    labels = {(n, r, w): v for n, r, w, v in finding_rows}
    with path.open("w", encoding="utf-8") as fh:
        fh.write("file\trule\twhere\tseverity\tverdict\tquote\tmessage\n")
        for name in sorted(results):
            for f in results[name]["findings"]:
                if f.get("severity") not in ("error", "warning"):
                    continue
                v = verdict(f, name, labels, sections)
                cells = [
                    name,
                    f.get("rule", ""),
                    where_of(f),
                    f.get("severity", ""),
                    "?" if v is None else str(v),
                    " ".join(str(f.get("quote", "")).split()),
                    " ".join(str(f.get("message", "")).split()),
                ]
                fh.write("\t".join(cells) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="folder holding the labelled files")
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ap.add_argument(
        "--sources",
        type=Path,
        default=SOURCES_MD,
        help="SOURCES.md with a format column (default: bench/corpus/SOURCES.md)",
    )
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument(
        "--report",
        type=Path,
        help="score this saved `mou check --format json` output instead of running mou",
    )
    ap.add_argument(
        "--findings",
        type=Path,
        help="also write every reported error and warning to this TSV (file, rule, where,"
        " severity, verdict from the labels, quote), to judge the unjudged ones by hand",
    )
    args = ap.parse_args(argv)
    langs, sections, finding_rows = read_labels(args.labels)
    formats = read_formats(args.sources)
    present = [args.dir / n for n in sorted(sections) if (args.dir / n).is_file()]
    missing = {n for n in sections if not (args.dir / n).is_file()}
    if not present:
        sys.exit(f"no labelled file found in {args.dir}")
    if args.report:
        report = parse_report(args.report.read_text(encoding="utf-8"))
        if report is None:
            sys.exit(f"{args.report}: not a `mou check --format json` report")
        results, crashes, elapsed = split_report(report, present), set(), 0.0
    else:
        results, crashes, elapsed = collect(present)
    if args.findings:
        write_findings(args.findings, results, finding_rows, sections)
    report = score(
        langs,
        {n: v for n, v in sections.items() if n not in missing},
        finding_rows,
        formats,
        results,
        crashes,
        elapsed,
        missing,
    )
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        print_text(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Mutation fuzzing of the shipped content through the built CLI jar.

Each variant is a copy of content/data with one mutation. The script runs
`java -jar cli/target/osteomet.jar validate --content DIR --today 2026-12-02` on it with a 30 s timeout and
tabulates, per mutation kind, the exit codes, the runs over 30 s and the wrong acceptances: exit 0 where the
variant is classified "must reject". Each generator decides that classification for its own variant; a
variant that may legitimately pass (a whitespace flip, a digit flip in a number, a changed word in a free-text
name) is classified "may pass" and never counts as a wrong acceptance.

Usage (from the repository root, after building the jar):
    python3 bench/fuzz/mutate.py [--seed 14] [--per-kind-scale 1] [--jobs 2] [--keep DIR]

The variants are deterministic for a seed. Exit status 1 if any run exits 3, times out or wrongly accepts.
"""

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "data"
JAR = ROOT / "cli" / "target" / "osteomet.jar"
TIMEOUT = 30
LOCK = threading.Lock()
KILL_AFTER = [TIMEOUT]

STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
MEMBER = re.compile(rb'"([A-Za-z]+)":\s*"((?:[^"\\]|\\.)*)"')
INTEGER = re.compile(rb'"(min|max)":\s*(-?\d+)')
# String fields where any change must be rejected: quotes must match the snapshot, references must resolve,
# enums are closed, dates are checked against the snapshot or their format.
STRICT_FIELDS = {b"quote", b"source", b"concept", b"subject", b"kind", b"predicate", b"hedge", b"unit",
                 b"sha256", b"date", b"snapshot", b"route", b"frequency", b"population", b"winner"}
# Fields the text rules cover for bidi controls and invisible format characters.
NAME_FIELDS = {b"id", b"name"}
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"]


class Variant:
    """One mutated copy: its kind, a short description, whether it must be rejected, and how to apply it."""

    def __init__(self, kind, description, must_reject, apply):
        self.kind = kind
        self.description = description
        self.must_reject = must_reject
        self.apply = apply


def json_files():
    return sorted(p.relative_to(CONTENT).as_posix() for p in CONTENT.rglob("*.json"))


def read(rel):
    return (CONTENT / rel).read_bytes()


def writer(rel, data):
    def apply(folder):
        (folder / rel).write_bytes(data)
    return apply


def string_spans(data):
    return [(m.start(), m.end()) for m in STRING.finditer(data)]


def member_spans(data, fields=None):
    """Spans of string values of "key": "value" members, (key, value start, value end)."""
    out = []
    for m in MEMBER.finditer(data):
        if fields is None or m.group(1) in fields:
            out.append((m.group(1), m.start(2), m.end(2)))
    return out


def array_item_spans(data, key):
    """Spans of string items of "key": [ ... ] arrays of strings."""
    out = []
    for m in re.finditer(rb'"' + key + rb'":\s*\[([^\]]*)\]', data):
        for s in STRING.finditer(m.group(1)):
            out.append((m.start(1) + s.start() + 1, m.start(1) + s.end() - 1))
    return out


def insert_at(data, offset, text):
    return data[:offset] + text.encode("utf-8") + data[offset:]


# ---- generators -----------------------------------------------------------------------------------------------

def byte_flips(rng, n):
    files = json_files()
    out = []
    for _ in range(n):
        rel = rng.choice(files)
        data = read(rel)
        offset = rng.randrange(len(data))
        old = data[offset]
        new = old ^ rng.randrange(1, 256)
        mutated = data[:offset] + bytes([new]) + data[offset + 1:]
        out.append(Variant("byte flips", f"{rel}@{offset} {old:#04x}->{new:#04x}",
                           flip_must_reject(data, mutated, offset, old, new), writer(rel, mutated)))
    return out


def flip_must_reject(data, mutated, offset, old, new):
    try:
        mutated.decode("utf-8")
    except UnicodeDecodeError:
        return True
    inside = next(((s, e) for s, e in string_spans(data) if s <= offset < e), None)
    space = b" \t\r\n"
    if inside is None:
        # Outside strings: structure. Whitespace for whitespace and a digit for a digit may pass.
        return not ((old in space and new in space) or (chr(old).isdigit() and chr(new).isdigit()))
    start, end = inside
    if offset in (start, end - 1):
        return True  # a quotation mark of the string itself
    if new < 0x20 or new == 0x7F or new == ord('"') or new == ord("\\") or old == ord("\\"):
        return True  # a raw control, a broken string or escape
    rest = data[end:end + 8].lstrip()
    if rest.startswith(b":"):
        return True  # a property name: unknown property
    member = next((k for k, s, e in member_spans(data) if s <= offset < e), None)
    if member == b"quote" and chr(old).isspace() and chr(new).isspace():
        return False
    return member in STRICT_FIELDS


def truncations(rng, n):
    files = json_files()
    out = []
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        cut = [0, 1, len(data) // 2, len(data) - 2][i] if i < 4 else rng.randrange(len(data))
        mutated = data[:cut]
        out.append(Variant("truncation", f"{rel}[:{cut}] of {len(data)}", data[cut:].strip() != b"",
                           writer(rel, mutated)))
    return out


TYPE_CHANGES = [b"42", b"-1", b"2.5", b"true", b"false", b"null", b"[]", b"{}", b'"x"', b'["x"]', b'{"a": 1}']


def type_changes(rng, n):
    files = json_files()
    out = []
    for _ in range(n):
        rel = rng.choice(files)
        data = read(rel)
        values = [(s, e) for _, s, e in member_spans(data)]
        values = [(s - 1, e + 1) for s, e in values]  # with the quotation marks
        values += [(m.start(2), m.end(2)) for m in INTEGER.finditer(data)]
        values += [(m.start(1), m.end(1)) for m in re.finditer(rb'":\s*(\[|\{)', data)]  # open brackets only
        start, end = rng.choice(values)
        original = data[start:end]
        if original in (b"[", b"{"):
            replacement = b"{" if original == b"[" else b"["
            description = f"{rel}@{start} {original.decode()} -> {replacement.decode()}"
        else:
            choices = [t for t in TYPE_CHANGES if (t[:1] == b'"') != (original[:1] == b'"')]
            replacement = rng.choice(choices)
            description = f"{rel}@{start} {original[:30]!r} -> {replacement.decode()}"
        mutated = data[:start] + replacement + data[end:]
        out.append(Variant("type changes", description, True, writer(rel, mutated)))
    return out


ENCODINGS = ["utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32", "latin-1", "cp1252",
             "utf-8-sig", "crlf", "utf-7"]


def encodings(rng, n):
    files = json_files()
    non_ascii = [f for f in files if any(b > 0x7F for b in read(f))]
    out = []
    for i in range(n):
        encoding = ENCODINGS[i % len(ENCODINGS)]
        rel = rng.choice(non_ascii if encoding in ("latin-1", "cp1252", "utf-7") else files)
        text = read(rel).decode("utf-8")
        if encoding == "crlf":
            mutated = text.replace("\n", "\r\n").encode("utf-8")
            must = False
        elif encoding == "utf-8-sig":
            mutated = text.encode("utf-8-sig")
            must = False  # a UTF-8 byte order mark is UTF-8
        else:
            mutated = text.encode(encoding, errors="replace")
            must = mutated != text.encode("utf-8")
        out.append(Variant("encodings", f"{rel} as {encoding}", must, writer(rel, mutated)))
    return out


def text_values(data):
    spans = [(k, s, e) for k, s, e in member_spans(data) if k not in (b"sha256",)]
    spans += [(b"item", s, e) for key in (b"synonyms", b"brandNames") for s, e in array_item_spans(data, key)]
    return [(k, s, e) for k, s, e in spans if e > s]


def controls(rng, n):
    files = json_files()
    out = []
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        key, start, end = rng.choice(text_values(data))
        offset = rng.randrange(start, end + 1)
        if data[offset - 1:offset] == b"\\":
            offset -= 1
        code = [0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F][i % 13]
        if rng.random() < 0.5:
            char = "\\u%04X" % code
            form = "escaped"
        else:
            char = chr(code)
            form = "raw"
        mutated = insert_at(data, offset, char)
        out.append(Variant("controls", f"{rel} {key.decode()}@{offset} {form} U+{code:04X}", True,
                           writer(rel, mutated)))
    return out


def surrogates(rng, n):
    files = json_files()
    out = []
    forms = ["\\uD800", "\\uDBFF", "\\uDC00", "\\uDFFF", "\\uDC00\\uD800", "\\uD800x", "\\uD83D\\uD83D"]
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        key, start, end = rng.choice(text_values(data))
        offset = rng.randrange(start, end + 1)
        if data[offset - 1:offset] == b"\\":
            offset -= 1
        form = forms[i % len(forms)]
        out.append(Variant("surrogates", f"{rel} {key.decode()}@{offset} {form}", True,
                           writer(rel, insert_at(data, offset, form))))
    return out


def bidi(rng, n):
    files = json_files()
    out = []
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        spans = [(k, s, e) for k, s, e in text_values(data) if k in NAME_FIELDS or k in (b"item", b"quote")]
        key, start, end = rng.choice(spans)
        offset = rng.randrange(start, end + 1)
        if data[offset - 1:offset] == b"\\":
            offset -= 1
        char = BIDI[i % len(BIDI)]
        text = char if rng.random() < 0.5 else "\\u%04X" % ord(char)
        out.append(Variant("bidi", f"{rel} {key.decode()}@{offset} U+{ord(char):04X}", True,
                           writer(rel, insert_at(data, offset, text))))
    return out


def normalisation(rng, n):
    out = []
    treatments = [f for f in json_files() if f.startswith("treatments/")]
    for i in range(n):
        rel = rng.choice(treatments)
        data = read(rel)
        doc = json.loads(data)
        concept = doc["concept"]
        name = concept["name"]
        if i % 4 == 3:
            # The whole file in NFD: names stay distinct, quotes may no longer match byte for byte.
            mutated = unicodedata.normalize("NFD", data.decode("utf-8")).encode("utf-8")
            out.append(Variant("normalisation", f"{rel} whole file NFD", False, writer(rel, mutated)))
            continue
        # Two synonyms equal after NFC: one precomposed, one with a combining accent.
        base = name if i % 2 == 0 or not concept.get("synonyms") else concept["synonyms"][0]
        first = unicodedata.normalize("NFC", base + " caf\u00e9")
        twin = unicodedata.normalize("NFD", first)
        concept["synonyms"] = list(concept.get("synonyms", [])) + [first, twin]
        mutated = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        out.append(Variant("normalisation", f"{rel} synonyms {first!a} and {twin!a}", first != twin,
                           writer(rel, mutated)))
    return out


NUMBERS = [(b"1e19", True), (b"1e308", True), (b"1e400", True), (b"-1e19", True), (b"9223372036854775808", True),
           (b"-9223372036854775809", True), (b"2.5", True), (b"1e-400", True), (b"0.5e1", False),
           (b"1.0", False), (b"1e2", False), (b"-0", False), (b"99999999999999999999", True),
           (b"1E+19", True), (b"1" + b"0" * 400, True), (b"4.000000000000000000001", True)]


def numbers(rng, n):
    out = []
    files = [f for f in json_files() if INTEGER.search(read(f))]
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        m = rng.choice(list(INTEGER.finditer(data)))
        number, must = NUMBERS[i % len(NUMBERS)]
        mutated = data[:m.start(2)] + number + data[m.end(2):]
        out.append(Variant("numbers", f"{rel} {m.group(1).decode()} {m.group(2).decode()} -> {number[:30].decode()}",
                           must, writer(rel, mutated)))
    return out


def special_files(rng, n):
    out = []
    victims = ["treatments/cast.json", "concepts/side-effects.json", "sources.json", "adjudications.json"]

    def replace_with(rel, make):
        def apply(folder):
            path = folder / rel
            path.unlink()
            make(path)
        return apply

    def fifo(path):
        os.mkfifo(path)

    def device(path):
        os.symlink("/dev/zero", path)

    def folder(path):
        path.mkdir()
        (path / "x.json").write_text("{}")

    def empty_folder(path):
        path.mkdir()

    def link_to_copy(path):
        copy = path.parent.parent / ".." / (path.name + ".elsewhere")
        copy.write_bytes(read_from_victim[path.name])
        os.symlink(copy.resolve(), path)

    def socket_file(path):
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(path))
        s.close()

    def dangling(path):
        os.symlink(path.parent / "missing.json", path)

    read_from_victim = {Path(v).name: read(v) for v in victims}
    makers = [("FIFO", fifo), ("symlink to /dev/zero", device), ("folder with a file", folder),
              ("empty folder", empty_folder), ("symlink to a regular file", link_to_copy),
              ("unix socket", socket_file), ("dangling symlink", dangling)]
    for i in range(n):
        rel = victims[i % len(victims)]
        label, make = makers[i % len(makers)]
        out.append(Variant("special files", f"{rel} is a {label}", True, replace_with(rel, make)))
    return out


def long_lines(rng, n):
    out = []
    files = json_files()
    for i in range(n):
        rel = rng.choice(files)
        data = read(rel)
        form = i % 5
        if form == 0:
            mutated = json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            out.append(Variant("long lines", f"{rel} minified to one line", False, writer(rel, mutated)))
        elif form == 1:
            mutated = b'{"values": [' + b",".join([b"1"] * 100_000) + b"]}"
            out.append(Variant("long lines", f"{rel} 100,000 values on one line", True, writer(rel, mutated)))
        elif form == 2:
            mutated = b"[" + b",".join([b"1"] * 1_000_000) + b"]"
            out.append(Variant("long lines", f"{rel} 1,000,000 values on one line", True, writer(rel, mutated)))
        elif form == 3:
            mutated = b" " * 10_000_000 + b'{"x": 1}'
            out.append(Variant("long lines", f"{rel} 10 MB of spaces before a bad document", True,
                               writer(rel, mutated)))
        else:
            doc = json.loads(data)
            mutated = (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + " " * 5_000_000 + "x")
            out.append(Variant("long lines", f"{rel} one line, 5 MB of spaces, then trailing content", True,
                               writer(rel, mutated.encode("utf-8"))))
    return out


def duplicates(rng, n):
    out = []
    treatments = [f for f in json_files() if f.startswith("treatments/")]
    for i in range(n):
        rel = rng.choice(treatments)
        data = read(rel)
        doc = json.loads(data)
        form = i % 7
        claims = doc.get("claims", [])
        if form == 0:
            mutated = data.replace(b'"name":', b'"name": "x", "name":', 1)
            out.append(Variant("duplicates", f"{rel} duplicate key name", True, writer(rel, mutated)))
            continue
        if form == 6:
            other = "treatments/" + "copy-of-" + Path(rel).name

            def apply(folder, rel=rel, other=other):
                shutil.copy(folder / rel, folder / other)
            out.append(Variant("duplicates", f"{rel} copied to {other}", True, apply))
            continue
        if not claims:
            doc["concept"]["synonyms"] = [doc["concept"]["name"]]
            description = "synonym equal to the name"
        elif form == 1:
            claim = rng.choice(claims)
            claim["citations"].append(dict(claim["citations"][0]))
            description = f"claim {claim['id']} cites its first quote twice"
        elif form == 2:
            claim = rng.choice(claims)
            claim["citations"].extend([dict(claim["citations"][0])] * 80_000)
            description = f"claim {claim['id']} cites its first quote 80,001 times"
        elif form == 3:
            claims.append(json.loads(json.dumps(rng.choice(claims))))
            description = "a claim repeated"
        elif form == 4:
            doc["concept"]["synonyms"] = list(doc["concept"].get("synonyms", [])) + [doc["concept"]["name"]]
            description = "synonym equal to the name"
        else:
            doc["concept"]["brandNames"] = ["Brandix", "Brandix"]
            description = "brand name twice"
        mutated = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        out.append(Variant("duplicates", f"{rel} {description}", True, writer(rel, mutated)))
    return out


KINDS = [(byte_flips, 60), (truncations, 30), (type_changes, 30), (encodings, 20), (controls, 26),
         (surrogates, 21), (bidi, 32), (normalisation, 20), (numbers, 32), (special_files, 14),
         (long_lines, 10), (duplicates, 21)]


def run(variant, base, keep, log):
    folder = Path(tempfile.mkdtemp(prefix="osteomet-fuzz-", dir=base))
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    variant.apply(content)
    started = time.monotonic()
    with open(folder / "out", "wb") as out, open(folder / "err", "wb") as err:
        # The JVM flags of bin/osteomet: quicker start, so a run measures the validation, not the JIT.
        process = subprocess.Popen(
            ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(JAR), "validate",
             "--content", str(content), "--today", "2026-12-02"],
            stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        status, cpu = None, 0.0
        while status is None:
            pid, code, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(code)
                cpu = usage.ru_utime + usage.ru_stime
                process.returncode = status
            elif time.monotonic() - started > KILL_AFTER[0]:
                process.kill()
                _, _, usage = os.wait4(process.pid, 0)
                process.returncode = -9
                status, cpu = "timeout", usage.ru_utime + usage.ru_stime
            else:
                time.sleep(0.05)
    seconds = time.monotonic() - started
    err_text = (folder / "err").read_bytes()
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    if log:
        with LOCK:
            log.write(json.dumps({"kind": variant.kind, "variant": variant.description,
                                  "mustReject": variant.must_reject, "status": status,
                                  "seconds": round(seconds, 2), "cpuSeconds": round(cpu, 2)}) + "\n")
            log.flush()
    return status, seconds, cpu, err_text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--per-kind-scale", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=TIMEOUT,
                        help="kill a run after this many wall-clock seconds; on a loaded machine raise it and read"
                             " the CPU column (default: %(default)s)")
    parser.add_argument("--only", help="run only this kind")
    parser.add_argument("--reverse", action="store_true",
                        help="run the variants in reverse order, e.g. in a second process sharing the work; merge"
                             " the logs and read them with --table-from")
    parser.add_argument("--keep", help="keep the variant folders under this folder")
    parser.add_argument("--log", help="write one JSON line per variant to this file")
    parser.add_argument("--table-from",
                        help="print the table of logs written by --log, comma-separated (e.g. of runs cut short)")
    args = parser.parse_args()
    if args.table_from:
        rows = {}
        for log in args.table_from.split(","):
            for line in open(log):
                row = json.loads(line)
                rows.setdefault((row["kind"], row["variant"]), row)
        rows = rows.values()
        sys.exit(report([(Variant(r["kind"], r["variant"], r["mustReject"], None),
                          (r["status"], r["seconds"], r["cpuSeconds"], b"")) for r in rows]))
    if not JAR.exists():
        sys.exit(f"build the jar first: {JAR} is missing")
    KILL_AFTER[0] = args.timeout
    rng = random.Random(args.seed)
    variants = []
    for generator, count in KINDS:
        made = generator(rng, max(1, round(count * args.per_kind_scale)))
        if args.only is None or made[0].kind == args.only:
            variants += made
    # Interleaved, so that a run cut short still samples every kind.
    random.Random(args.seed).shuffle(variants)
    if args.reverse:
        variants.reverse()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="osteomet-fuzz-"))
    base.mkdir(parents=True, exist_ok=True)
    log = open(args.log, "w") if args.log else None
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda v: run(v, base, args.keep, log), variants))
    if log:
        log.close()
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    sys.exit(report(list(zip(variants, results))))


def report(runs):
    """Prints the table and the problems of (variant, (status, seconds, cpu, stderr)) pairs; returns the exit status."""
    table = {}
    bad = []
    for variant, (status, seconds, cpu, err) in runs:
        row = table.setdefault(variant.kind, {"n": 0, "must": 0, 0: 0, 1: 0, 2: 0, 3: 0, "other": 0,
                                              "slow": 0, "wall": 0, "wrong": 0, "cpu": 0.0})
        row["cpu"] = max(row["cpu"], cpu)
        row["n"] += 1
        row["must"] += variant.must_reject
        row[status if status in (0, 1, 2, 3) else "other"] += 1
        # Over 30 s of wall time, or of CPU time where the machine is shared and wall time measures the queue.
        slow = status == "timeout" or min(seconds, cpu) > TIMEOUT
        row["slow"] += slow
        row["wall"] += status == "timeout" or seconds > TIMEOUT
        wrong = status == 0 and variant.must_reject
        row["wrong"] += wrong
        if status == 3 or slow or wrong or status not in (0, 1, 2, 3):
            bad.append((variant, status, seconds, err.decode("utf-8", "replace")[-400:]))
    print("| kind | variants | must reject | exit 0 | exit 1 | exit 2 | exit 3 | > 30 s CPU | > 30 s wall |"
          " wrong acceptances | max CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    total = {k: 0 for k in ("n", "must", 0, 1, 2, 3, "slow", "wall", "wrong")}
    for kind, row in table.items():
        print(f"| {kind} | {row['n']} | {row['must']} | {row[0]} | {row[1]} | {row[2]} | {row[3]} | "
              f"{row['slow']} | {row['wall']} | {row['wrong']} | {row['cpu']:.1f} |")
        for k in total:
            total[k] += row[k]
    print(f"| **total** | {total['n']} | {total['must']} | {total[0]} | {total[1]} | {total[2]} | {total[3]} | "
          f"{total['slow']} | {total['wall']} | {total['wrong']} | |")
    for variant, status, seconds, err in bad:
        print(f"\nPROBLEM {variant.kind}: {variant.description}: status {status} in {seconds:.1f} s\n{err}")
    return 1 if bad else 0


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the regression corpus of ValidateFuzzTest: every hostile-input case of issue 14 as one fuzz input.

An input is one byte that selects the content file (an index into ValidateFuzzTest.FILES, modulo 8) followed by
the bytes that replace that file in a copy of content/data. Run from the repository root:
    python3 bench/fuzz/corpus.py
It rewrites cli/src/test/resources/org/osteomet/cli/ValidateFuzzTestInputs/validatesOrReportsLocatedFindings/.
"""

import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "data"
OUT = ROOT / "cli/src/test/resources/org/osteomet/cli/ValidateFuzzTestInputs/validatesOrReportsLocatedFindings"
FILES = ["sources.json", "adjudications.json", "concepts/side-effects.json", "concepts/conditions.json",
         "treatments/zoledronate.json", "treatments/bisphosphonates.json", "treatments/cast.json",
         "treatments/denosumab.json"]
ZOLEDRONATE = "treatments/zoledronate.json"
SCHEDULE = "treatments/bisphosphonates.json"


def text(rel):
    return (CONTENT / rel).read_text(encoding="utf-8")


def edit(rel, old, new):
    original = text(rel)
    if old not in original:
        raise SystemExit(f"{rel} does not contain {old!r}")
    return original.replace(old, new, 1).encode("utf-8")


def flip(rel, marker, delta, value):
    """Replaces the byte at a marker's offset plus delta with value."""
    data = (CONTENT / rel).read_bytes()
    offset = data.index(marker.encode("utf-8")) + delta
    return data[:offset] + bytes([value]) + data[offset + 1:]


def cases():
    zol = text(ZOLEDRONATE)
    first_citation = '{\n          "source": "acs-bone-metastasis-2012",\n          "quote": "zoledronate (zoledronic acid or Zometa\u00ae)"\n        }'
    yield "valid-zoledronate", ZOLEDRONATE, zol.encode("utf-8")
    yield "concept-not-kebab-case", ZOLEDRONATE, edit(ZOLEDRONATE, '"concept": "pamidronate"', '"concept": "Nausea"')
    yield "concept-zero-width-space", ZOLEDRONATE, edit(
        ZOLEDRONATE, '"concept": "pamidronate"', '"concept": "pami\u200bdronate"')
    for number in ["1e19", "1e308", "1e400", "-1e19", "9223372036854775808", "1E+19", "1e-400"]:
        yield f"integer-{number}", SCHEDULE, edit(SCHEDULE, '"max": 4,', f'"max": {number},')
    for encoding in ["utf-16-le", "utf-16-be"]:
        yield f"{encoding}-without-bom", ZOLEDRONATE, zol.encode(encoding)
    yield "utf-16-sources", "sources.json", text("sources.json").encode("utf-16-le")
    name = '"name": "zoledronate"'
    yield "name-nul-escaped", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\\u0000onate"')
    yield "name-nul-raw", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\u0000onate"')
    yield "name-c0-escape", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\\u001Bonate"')
    yield "name-c1-raw", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\u0085onate"')
    yield "name-c1-escaped", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\\u009Bonate"')
    yield "name-del-raw", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledr\u007fonate"')
    yield "side-effect-name-del", "concepts/side-effects.json", edit(
        "concepts/side-effects.json", '"name": "', '"name": "\\u007F')
    yield "name-lone-surrogate", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledronate\\uD800"')
    yield "name-reversed-surrogates", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "zoledronate\\uDC00\\uD800"')
    yield "source-title-lone-surrogate", "sources.json", edit("sources.json", '"title": "', '"title": "\\uDFFF')
    yield "duplicate-citation", ZOLEDRONATE, edit(
        ZOLEDRONATE, first_citation, first_citation + ",\n        " + first_citation)
    yield "duplicate-citation-1000-copies", ZOLEDRONATE, edit(
        ZOLEDRONATE, first_citation, ",".join([first_citation] * 1000))
    yield "synonyms-equal-after-nfc", ZOLEDRONATE, edit(
        ZOLEDRONATE, '"zoledronic acid"',
        '"zoledronic acid", "zol\u00e9dronate", "' + unicodedata.normalize("NFD", "zol\u00e9dronate") + '"')
    yield "synonym-nfc-equal-to-name", "concepts/conditions.json", edit(
        "concepts/conditions.json", '"name": "after menopause",\n      "brandNames": [],\n      "synonyms": []',
        '"name": "after m\u00e9nopause",\n      "brandNames": [],\n      "synonyms": ["after me\u0301nopause"]')
    for code in ["202E", "2066", "2067", "2068", "2069", "202A"]:
        yield f"bidi-{code}-in-synonym", ZOLEDRONATE, edit(
            ZOLEDRONATE, '"zoledronic acid"', '"zoledronic' + chr(int(code, 16)) + ' acid"')
    yield "bidi-2066-escaped-in-name", ZOLEDRONATE, edit(ZOLEDRONATE, name, '"name": "\\u2066zoledronate\\u2069"')
    for code in ["200B", "200C", "200D", "2060", "FEFF"]:
        yield f"zero-width-{code}-in-brand-name", ZOLEDRONATE, edit(
            ZOLEDRONATE, '"Zometa"\n', '"Zo' + chr(int(code, 16)) + 'meta"\n')
    yield "zero-width-in-id", ZOLEDRONATE, edit(ZOLEDRONATE, '"id": "zoledronate"', '"id": "zoledro\u200bnate"')
    yield "long-line-100000-values", "treatments/cast.json", (
        b'{"values": [' + b",".join([b"1"] * 100_000) + b"]}")
    yield "long-line-minified", ZOLEDRONATE, zol.replace("\n", " ").encode("utf-8")
    data = zol.encode("utf-8")
    for cut in [0, 1, len(data) // 3, len(data) // 2, len(data) - 3]:
        yield f"truncated-zoledronate-at-{cut}", ZOLEDRONATE, data[:cut]
    sources = text("sources.json").encode("utf-8")
    yield "truncated-sources-at-half", "sources.json", sources[: len(sources) // 2]
    adjudications = text("adjudications.json").encode("utf-8")
    yield "truncated-adjudications-at-half", "adjudications.json", adjudications[: len(adjudications) // 2]
    yield "flip-in-quote", ZOLEDRONATE, flip(ZOLEDRONATE, "can be infused more quickly", 4, ord("X"))
    yield "flip-in-key", ZOLEDRONATE, flip(ZOLEDRONATE, '"predicate"', 3, ord("E"))
    yield "flip-to-invalid-utf8", ZOLEDRONATE, flip(ZOLEDRONATE, '"claims"', 2, 0xFF)
    yield "flip-brace", ZOLEDRONATE, flip(ZOLEDRONATE, "{", 0, ord("["))
    yield "flip-in-number", SCHEDULE, flip(SCHEDULE, '"max": 4,', 7, ord("x"))
    yield "flip-in-source-reference", ZOLEDRONATE, flip(ZOLEDRONATE, '"source": "acs-', 12, ord("b"))
    yield "flip-in-snapshot-hash", "sources.json", flip("sources.json", '"sha256": "', 12, ord("g"))


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, rel, data in cases():
        (OUT / name).write_bytes(bytes([FILES.index(rel)]) + data)
    print(f"wrote {len(list(OUT.iterdir()))} inputs to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

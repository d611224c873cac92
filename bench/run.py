#!/usr/bin/env python3
"""quizgen's speed and memory, measured: `python bench/run.py [--quick]`.

Two real-text corpora, each at about 1 MB and 10 MB:
- fact-dense: the development corpus (corpus/*/*.txt: news, NASA biographies,
  organisation histories, budget reports) and the seed, repeated as needed;
- ordinary prose: Debian's `fortunes` package (/usr/share/games/fortunes;
  `apt-get install fortunes`), short freely distributable texts, repeated.

Printed for each: extraction throughput (load -> sentences -> facts; the median of three
runs, each with quizgen's memo caches cleared so none reuses another's work), whole-build
throughput with every format and with JSON only (a fresh process each, so its
peak RSS is the build's own), one pass of a single compiled regex for dates,
money and parenthesised acronyms (the practical floor, also a median of three), datefinder's
`find_dates` (the nearest peer, if installed), and how the time scales from 1 to
10 MB. Then `quizgen --help` wall time, a folder's peak memory against its
largest source, and the pathological inputs of the hostile-input issue, each at
three sizes, to show time linear in size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLOOR = re.compile(
    r"[$€£][0-9][0-9,.]*(?:\s(?:million|billion|trillion))?"  # money
    r"|[0-9]{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s[0-9]{4}"  # 15 May 1992
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s[0-9]{1,4}(?:,\s[0-9]{4})?"  # May 15, 1992
    r"|\([A-Z]{2,8}\)"  # (CSTO)
)


def dense_text() -> str:
    files = sorted((ROOT / "corpus").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def prose_text() -> str:
    folder = Path("/usr/share/games/fortunes")
    files = sorted(p for p in folder.glob("*") if p.is_file() and "." not in p.name) if folder.exists() else []
    if not files:
        sys.exit("ordinary prose needs Debian's fortunes package: apt-get install fortunes")
    parts = []
    for p in files:
        raw = p.read_bytes().decode("utf-8", "replace")
        parts.extend(chunk.strip() for chunk in raw.split("\n%\n") if chunk.strip())
    return "\n\n".join(parts)


def sized(text: str, megabytes: float) -> str:
    target = int(megabytes * 1_000_000)
    return ((text + "\n\n") * (target // (len(text) + 2) + 1))[:target]


def _clear_caches() -> None:
    """Forget the memos quizgen keeps of a text and its words (the people a text names, word lookups),
    so that each run starts cold; tables loaded once per process (the dictionary) stay loaded."""
    for name, module in list(sys.modules.items()):
        if name.startswith("quizgen"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and value.cache_info().maxsize is not None:
                    value.cache_clear()


def extraction_seconds(text: str, runs: int = 3) -> float:
    """Median wall time of `runs` cold extractions (load -> sentences -> facts) of `text`."""
    from quizgen.extractors import extract_facts
    from quizgen.load import load_text
    from quizgen.sentences import split_sentences

    times = []
    for _ in range(runs):
        _clear_caches()
        start = time.perf_counter()
        document = load_text(text, path="bench.txt")
        extract_facts(document, split_sentences(document))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor_seconds(text: str, runs: int = 3) -> float:
    """Median wall time of one pass of the floor regex over `text`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        sum(1 for _ in FLOOR.finditer(text))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_CHILD = """
import json, resource, sys, time
from quizgen.pipeline import Options, build
start = time.perf_counter()
build(sys.argv[1:2], Options(output=sys.argv[2], formats=tuple(sys.argv[3].split(","))))
print(json.dumps({"seconds": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_in_child(path: Path, formats: str) -> dict:
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), out, formats], capture_output=True,
                              text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def mbps(size: int, seconds: float) -> str:
    return f"{size / 1e6 / seconds:6.2f} MB/s"


def corpus_report(name: str, text: str, sizes: list[float], tmp: Path) -> None:
    from quizgen.extractors import extract_facts  # noqa: F401  (warm imports and word tables)

    extraction_seconds(text[:20000], runs=1)
    print(f"\n== {name}")
    times: dict[float, float] = {}
    for mb in sizes:
        body = sized(text, mb)
        size = len(body.encode("utf-8"))
        ext = extraction_seconds(body)
        times[mb] = ext
        floor = floor_seconds(body)
        path = tmp / f"{name}-{mb:g}mb.txt"
        path.write_text(body, encoding="utf-8")
        whole = build_in_child(path, "apkg,html,json")
        json_only = build_in_child(path, "json")
        line = (f"{mb:>4g} MB  extraction {mbps(size, ext)} ({ext:.2f} s)  floor regex {mbps(size, floor)}"
                f" (quizgen = {ext / floor:.1f}x floor)")
        try:
            import datefinder

            df_start = time.perf_counter()
            sum(1 for _ in datefinder.find_dates(body))
            df = time.perf_counter() - df_start
            line += f"  datefinder {mbps(size, df)} ({df / ext:.1f}x quizgen's time)"
        except ImportError:
            line += "  datefinder not installed (pip install datefinder)"
        print(line)
        print(f"      build, every format {mbps(size, whole['seconds'])} peak RSS {whole['rss_mb']:.0f} MB;"
              f"  JSON only {mbps(size, json_only['seconds'])} peak RSS {json_only['rss_mb']:.0f} MB")
    if len(sizes) == 2:
        small, big = sizes
        print(f"      {big / small:g}x the input costs {times[big] / times[small]:.1f}x the extraction time")


def help_time() -> None:
    runs = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen", "--help"], capture_output=True, check=True, cwd=ROOT)
        runs.append(time.perf_counter() - start)
    runs_v = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen", "--version"], capture_output=True, check=True, cwd=ROOT)
        runs_v.append(time.perf_counter() - start)
    print(f"\nquizgen --help median {statistics.median(runs):.3f} s, --version median {statistics.median(runs_v):.3f} s"
          f" (10 runs each)")


def folder_memory(text: str, tmp: Path) -> None:
    folder = tmp / "shelf"
    folder.mkdir()
    for n in range(5):
        (folder / f"book-{n}.txt").write_text(sized(text, 2), encoding="utf-8")
    one = build_in_child(folder / "book-0.txt", "json")
    everything = build_in_child(folder, "json")
    print(f"\nfolder of 5 x 2 MB: peak RSS {everything['rss_mb']:.0f} MB; one 2 MB source alone {one['rss_mb']:.0f} MB")


PATHOLOGICAL = {
    "capitals": lambda n: "A" * n,
    "digits with commas": lambda n: ("1," * n)[:n],
    "opening parentheses": lambda n: "(" * n,
    "dots": lambda n: "." * n,
    "spaces": lambda n: " " * n,
    "blank lines": lambda n: "\n" * (n - 1) + "x",  # (a "\s+" from every start in the run was quadratic)
    "repeated 'Sept. '": lambda n: ("Sept. " * n)[:n],
    "'$' then digits": lambda n: "$" + "9" * n,
    "one long line of words": lambda n: ("word " * n)[:n],
    "capitalised words": lambda n: ("Abc " * n)[:n],
    "parenthesised capitals": lambda n: ("(ABCD) " * n)[:n],
    "at-signs": lambda n: ("x@" * n)[:n],
    "one long word": lambda n: "a" * n,
}


def hostile(quick: bool) -> None:
    from quizgen.pipeline import Options, analyse
    from quizgen.load import load_text

    sizes = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    print("\nhostile inputs, whole analysis (load, sentences, facts, items), seconds at "
          + ", ".join(f"{s:,}" for s in sizes) + " characters:")
    for name, make in PATHOLOGICAL.items():
        seconds = []
        for n in sizes:
            text = make(n)
            start = time.perf_counter()
            try:
                analyse(load_text(text, path="hostile.txt"), Options())
            except Exception as err:  # a refusal (for instance "no text") is a result too
                if type(err).__name__ != "SourceError":
                    raise
            seconds.append(time.perf_counter() - start)
        ratio = seconds[-1] / max(seconds[-2], 1e-6)
        print(f"  {name:26} " + "  ".join(f"{s:8.4f}" for s in seconds) + f"   last step x{ratio:.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1 MB corpora only, smaller hostile inputs")
    args = ap.parse_args()
    sizes = [1.0] if args.quick else [1.0, 10.0]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus_report("fact-dense", dense_text(), sizes, tmp)
        corpus_report("prose", prose_text(), sizes, tmp)
        help_time()
        folder_memory(dense_text(), tmp)
    hostile(args.quick)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())

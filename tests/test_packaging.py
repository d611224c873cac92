"""The built wheel carries the templates, the type marker and a working entry point."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from paths import ROOT


def test_wheel_ships_templates_and_py_typed(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("quizgen-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = sorted(p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*")
                     if p.is_file() and p.suffix in (".j2", ".css", ".html"))
    assert bundled  # quiz template, print CSS and the Anki card templates
    assert {f"quizgen/templates/{name}" for name in bundled} <= names
    assert "quizgen/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "quizgen = quizgen.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "quizgen", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("quizgen, version ")

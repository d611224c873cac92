"""Renderers, one module per output format: `json`, `apkg` (Anki), `html` (print, and PDF)."""

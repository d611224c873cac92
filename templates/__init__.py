"""Bundled Jinja and Anki card templates (shipped inside the wheel as quizgen.templates)."""

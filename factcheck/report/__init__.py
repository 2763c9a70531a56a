"""Reporters: render a Report for people (text) and machines (JSON). They never judge."""

from factcheck.report.json import render_json
from factcheck.report.text import format_error, render_text

FORMATS = ("text", "json")

__all__ = ["FORMATS", "format_error", "render_json", "render_text"]

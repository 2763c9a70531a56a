"""``python -m factcheck``: the same as the ``factcheck`` command."""

from factcheck.cli import entry

if __name__ == "__main__":
    entry()

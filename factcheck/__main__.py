"""``python -m factcheck``: the same as the ``factcheck`` command."""

from factcheck._startup import run

if __name__ == "__main__":
    run()

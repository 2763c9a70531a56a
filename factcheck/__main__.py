"""``python -m factcheck``: the same as the ``factcheck`` command."""

from factcheck._startup import command

if __name__ == "__main__":
    command()

"""The last words of every check script: each failure on a line of its own, or what held."""


def verdict(failures, what):
    """Prints the failures (or "WHAT OK"); the exit status: 1 when anything failed."""
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"{what} OK")
    return 0

"""Sample submissions for tests: the demo generator without broken records, so counts are exact."""
from stadtdialog.resources.demo.generate import broken_records, generate  # noqa: F401


def submissions(count, seed=7):
    return generate(count, seed=seed, broken=False)

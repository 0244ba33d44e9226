"""Two working days of use, played in a few minutes by bench/soak.py on this test
desktop with a fixed seed: every kind of thing a user does and every way of answering
a reminder or a break window happens at least once, and every invariant the soak checks
holds. A broken invariant fails a test with the soak's own words.

Memory is the one invariant judged only by the full run (`bench/soak.py`, five days):
it is a figure, and two short days cannot tell growth from a warm-up."""

import json
import subprocess
import sys

import pytest

from tests.helpers.app_process import PROJECT

SEED = 7
CI_RUN = ["--seed", str(SEED), "--days", "2", "--workday-min", "150", "--time-scale", "0.00667"]
MEMORY = "PSS"  # how the soak's memory finding begins

EVERY_ANSWER = {
    "notification start",
    "notification default",  # a click on the notification
    "notification snooze",
    "notification skip",
    "notification wait",  # no answer: the window comes at the due time
    "offer esc",
    "offer enter",
    "finish",
    "stop",
    "cli start",
}
EVERY_EVENT = {"away", "locked", "asleep", "paused", "clock-set", "closed", "other-window"}


@pytest.fixture(scope="module")
def soak(tmp_path_factory):
    """What the run printed, and its summary (figures and findings)."""
    summary_file = tmp_path_factory.mktemp("soak") / "summary.json"
    run = subprocess.run(
        [sys.executable, PROJECT / "bench/soak.py", *CI_RUN, "--summary", summary_file],
        capture_output=True,
        text=True,
        timeout=600,
    )
    said = "\n".join(line for line in run.stdout.splitlines() if line.startswith("soak:"))
    print(said)  # the figures, in the output of a run with -s
    assert summary_file.exists(), said + "\n" + run.stderr[-3000:]
    return said, json.loads(summary_file.read_text())


def test_two_days_of_use_keep_every_promise(soak):
    said, summary = soak
    assert [b for b in summary["broken"] if not b.startswith(MEMORY)] == [], said
    assert summary["days_in_history"] == 2, said
    assert set(summary["answers"]) >= EVERY_ANSWER, said
    assert set(summary["played"]) >= EVERY_EVENT, said
    assert summary["played"]["restarted"] == 1, said
    assert {"completed", "partial", "skipped", "snoozed", "natural"} <= set(summary["outcomes"])

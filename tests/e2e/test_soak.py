"""Two working days of use, played in a few minutes by bench/soak.py on this test
desktop with a fixed seed: every kind of thing a user does and every way of answering
a reminder or a break window happens at least once, and every invariant the soak checks
holds. A broken invariant fails the test with the soak's own words."""

import json
import subprocess
import sys

from tests.helpers.app_process import PROJECT

SEED = 7
CI_RUN = ["--seed", str(SEED), "--days", "2", "--workday-min", "120"]

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


def test_two_days_of_use_keep_every_promise(tmp_path):
    summary_file = tmp_path / "summary.json"
    run = subprocess.run(
        [sys.executable, PROJECT / "bench/soak.py", *CI_RUN, "--summary", summary_file],
        capture_output=True,
        text=True,
        timeout=600,
    )
    said = "\n".join(line for line in run.stdout.splitlines() if line.startswith("soak:"))
    assert run.returncode == 0, said + "\n" + run.stderr[-3000:]
    summary = json.loads(summary_file.read_text())
    assert summary["broken"] == []
    assert summary["days_in_history"] == 2
    assert set(summary["answers"]) >= EVERY_ANSWER, said
    assert set(summary["played"]) >= EVERY_EVENT, said
    assert summary["played"]["restarted"] == 1
    assert {"completed", "partial", "skipped", "snoozed", "natural"} <= set(summary["outcomes"])

"""Two signs of "busy" that only other programs can tell, asked once at the due moment.

Each question runs a small command, within the time left of the caller's deadline
(busy_probe.ASKING_S for all questions together): a command that is missing, fails,
answers late or says something unexpected means "not known" (None),
never an error. Nothing is watched between questions.

A microphone being recorded (in a call): `pactl -f json list source-outputs` lists the
streams that record from a source, whether PulseAudio or PipeWire's pipewire-pulse
answers (`-f json` needs pactl 15.99 or later; an older one refuses it: not known).
Only when some stream could be a call is `pactl -f json list sources` asked as well, to
tell monitors from microphones. The tests run PulseAudio 16; PipeWire 0.3.65 was
checked by hand and answers alike, but marks level meters its own way (below).
A stream counts when
- an application made it: streams a server keeps for itself (a loopback, echo
  cancelling) have no client;
- it runs: a corked (paused) stream records nothing;
- it is not a level meter (pavucontrol, GNOME Settings, Plasma's volume applet): those
  record with PA_STREAM_PEAK_DETECT, which PulseAudio shows as the resample method
  "peaks" and pipewire-pulse as the property `stream.monitor`. Their name, "Peak
  detect", is translated, so it is not looked at;
- its source is not a monitor: recording what the speakers play is screen-capture
  audio, not a call. A monitor names the sink it monitors (and is called "SINK.monitor").
pactl runs with LC_ALL=C: before PulseAudio 16 it wrote numbers in the user's locale,
"0,00" in French, which is not JSON (pulseaudio merge request 702).

GNOME's do-not-disturb: GNOME Shell keeps it as `show-banners` false in the GSettings
schema org.gnome.desktop.notifications, which has no D-Bus interface, so
`gsettings get` reads it (from dconf; no daemon is started). It is asked only when
XDG_CURRENT_DESKTOP names GNOME among its desktops (GNOME, ubuntu:GNOME, pop:GNOME,
GNOME-Classic:GNOME), so other desktops pay no command per break: Budgie keeps its
do-not-disturb in its own notification daemon, Pantheon in io.elementary.notifications,
Cinnamon in org.cinnamon.desktop.notifications, and Plasma and dunst answer over D-Bus.
An old Budgie session named "Budgie:GNOME" is asked too, and answers the default, true.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import time

log = logging.getLogger(__name__)

_GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications"
_PEAK_DETECT_RESAMPLER = "peaks"  # what PulseAudio shows for a PA_STREAM_PEAK_DETECT stream


def _output(command: list[str], timeout_s: float, env: dict[str, str] | None = None) -> str | None:
    """What `command` prints, or None when it is missing, fails or is not done in time."""
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=max(0.0, timeout_s),
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.debug("%s did not answer: %s", command[0], error)
        return None
    if done.returncode != 0:
        log.debug("%s failed (%d): %s", command[0], done.returncode, done.stderr.strip())
        return None
    return done.stdout


def _pactl_list(kind: str, deadline: float) -> list[dict[str, object]] | None:
    """The sound server's list of `kind` ("sources", "source-outputs") as JSON objects."""
    env = {**os.environ, "LC_ALL": "C"}
    text = _output(["pactl", "-f", "json", "list", kind], deadline - time.monotonic(), env)
    if text is None:
        return None
    try:
        items = json.loads(text)
    except ValueError:
        log.debug("pactl answered no JSON about %s: %.200s", kind, text)
        return None
    if not isinstance(items, list):
        return None
    return [item for item in items if isinstance(item, dict)]


def _may_be_a_call(stream: dict[str, object]) -> bool:
    """Whether a source output is an application's running recording, not a level meter."""
    properties = stream.get("properties")
    monitoring = isinstance(properties, dict) and properties.get("stream.monitor") in (
        "true",
        "1",
    )
    return (
        stream.get("client") is not None
        and stream.get("corked") is not True
        and stream.get("resample_method") != _PEAK_DETECT_RESAMPLER
        and not monitoring
    )


def _is_monitor(source: dict[str, object]) -> bool:
    """Whether a source plays back what a sink plays (pactl calls the sink `monitor_source`)."""
    name = source.get("name")
    return bool(source.get("monitor_source")) or (
        isinstance(name, str) and name.endswith(".monitor")
    )


def microphone_recorded(deadline: float) -> bool | None:
    """True when an application records from a source that is not a monitor; None when
    there is no pactl or no sound server, or it does not answer by `deadline`
    (time.monotonic)."""
    streams = _pactl_list("source-outputs", deadline)
    if streams is None:
        return None
    recorded = {stream.get("source") for stream in streams if _may_be_a_call(stream)}
    if not recorded:
        return False
    sources = _pactl_list("sources", deadline)
    if sources is None:
        return None
    return any(source.get("index") in recorded and not _is_monitor(source) for source in sources)


def gnome_do_not_disturb(deadline: float) -> bool | None:
    """True when GNOME's notification banners are off; None outside GNOME, when
    gsettings or the schema is missing, or no answer by `deadline`."""
    desktops = os.environ.get("XDG_CURRENT_DESKTOP", "").split(":")
    if "GNOME" not in desktops:
        return None
    timeout_s = deadline - time.monotonic()
    if timeout_s <= 0:
        return None
    answer = _output(["gsettings", "get", _GNOME_NOTIFICATIONS, "show-banners"], timeout_s)
    return {"false": True, "true": False}.get((answer or "").strip())

"""Pausing the music and videos that play while a routine plays, and only those.

Media players on the session bus answer to the MPRIS interface: each owns a name
starting with org.mpris.MediaPlayer2., says whether it is "Playing", and has Pause and
Play. `pause_playing()` pauses every player that plays and keeps who it paused, by
the player's unique bus name, so that a player that quit and another that took its
name are never mixed up; `resume()` plays exactly those again, if they are still
paused (a user who stopped or played one meanwhile has decided). Everything goes
through one DBusReader, asynchronously: the window never waits for a player, and one
that hangs or has gone only fails its own calls.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from posture_break.adapters.dbus_reader import BusUnavailableError, DBusReader, OnReply, failed

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

PREFIX = "org.mpris.MediaPlayer2."
_PATH = "/org/mpris/MediaPlayer2"
_PLAYER = "org.mpris.MediaPlayer2.Player"


class MediaPause:
    """Owned by the composition root; `close()` hangs up."""

    def __init__(self) -> None:
        self._reader: DBusReader | None = None
        self._holding = False  # between pause_playing() and resume()
        self._paused: set[str] = set()  # unique bus names of the players we paused
        self._resuming: set[str] = set()  # of those, the ones whose Play is not sent yet

    def pause_playing(self) -> None:
        """Pause every player that is playing now."""
        self._holding = True
        from jeepney import message_bus

        self._call(message_bus.ListNames(), self._on_names)

    def resume(self) -> None:
        """Play again the players paused by pause_playing() that are still paused."""
        self._holding = False
        paused, self._paused = self._paused, set()
        for owner in paused:
            self._play_if_paused(owner)

    def resume_before_quitting(self, timeout_s: float = 0.5) -> None:
        """resume(), waiting for each answer, also for players whose resume() is under
        way: the app is quitting, and its event loop, which would hand the answers
        over, has ended. At most `timeout_s` a call."""
        from jeepney import DBusAddress, Properties, new_method_call

        self._holding = False
        paused, self._paused = self._paused | self._resuming, set()
        self._resuming.clear()
        reader = self._reader
        if reader is None:
            return
        for owner in paused:
            address = DBusAddress(_PATH, bus_name=owner, interface=_PLAYER)
            status = reader.call_and_wait(Properties(address).get("PlaybackStatus"), timeout_s)
            if _owner_if(status, "Paused") is not None:
                log.info("playing the media player %s again before quitting", owner)
                reader.call_and_wait(new_method_call(address, "Play"), timeout_s)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader.deleteLater()
            self._reader = None

    def _on_names(self, reply: Message | None) -> None:
        if failed(reply) or not self._holding:
            return
        assert reply is not None
        for name in reply.body[0]:
            if name.startswith(PREFIX):
                self._ask_status(name, self._on_status)

    def _on_status(self, reply: Message | None) -> None:
        owner = _owner_if(reply, "Playing")
        if owner is not None and self._holding:
            self._send(owner, "Pause", partial(self._on_paused, owner))

    def _on_paused(self, owner: str, reply: Message | None) -> None:
        if failed(reply):
            return
        log.info("paused the media player %s for the routine", owner)
        if self._holding:
            self._paused.add(owner)
        else:  # the window closed while the pause was on its way
            self._play_if_paused(owner)

    def _play_if_paused(self, owner: str) -> None:
        def play(reply: Message | None) -> None:
            self._resuming.discard(owner)
            if _owner_if(reply, "Paused") is not None:
                log.info("playing the media player %s again", owner)
                self._send(owner, "Play")

        self._resuming.add(owner)
        self._ask_status(owner, play)

    def _ask_status(self, name: str, on_reply: OnReply) -> None:
        from jeepney import DBusAddress, Properties

        address = DBusAddress(_PATH, bus_name=name, interface=_PLAYER)
        self._call(Properties(address).get("PlaybackStatus"), on_reply)

    def _send(self, owner: str, method: str, on_reply: OnReply | None = None) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(_PATH, bus_name=owner, interface=_PLAYER)
        self._call(new_method_call(address, method), on_reply)

    def _call(self, message: Message, on_reply: OnReply | None) -> None:
        reader = self._connect()
        if reader is not None:
            reader.call(message, on_reply)

    def _connect(self) -> DBusReader | None:
        if self._reader is None:
            try:
                self._reader = DBusReader.open(
                    "SESSION", "media players", (), self._on_signal, self._on_lost
                )
            except BusUnavailableError as error:
                log.info("no session bus: media players are left alone (%s)", error)
        return self._reader

    def _on_signal(self, interface: str, member: str, body: tuple[Any, ...]) -> None:
        """No signals are subscribed to; whatever comes unasked is not ours."""

    def _on_lost(self, error: OSError) -> None:
        """The bus went away: what we paused is gone with it; the next routine connects
        again."""
        log.info("media player connection lost: %s", error)
        self._paused.clear()
        self.close()


def _owner_if(reply: Message | None, status: str) -> str | None:
    """The unique bus name that answered a PlaybackStatus of `status`, else None."""
    from jeepney import HeaderFields

    if failed(reply):
        return None
    assert reply is not None
    if reply.body != (("s", status),):
        return None
    sender = reply.header.fields.get(HeaderFields.sender)
    return sender if isinstance(sender, str) else None

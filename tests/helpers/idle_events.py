"""What an idle source reported, for the tests of every idle source."""


class Recorder:
    """What the watch reported, in order: ("idle", seconds) or ("active",)."""

    def __init__(self):
        self.events = []

    def on_idle(self, idle_s):
        self.events.append(("idle", idle_s))

    def on_active(self, since_input_s=0.0):
        self.events.append(("active",))

    def kinds(self):
        return [event[0] for event in self.events]

"""Platform adapters: Qt, D-Bus and OS services behind the core's ports."""

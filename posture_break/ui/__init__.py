"""The Qt shell: widgets that show the core's state and emit what the user asks for."""

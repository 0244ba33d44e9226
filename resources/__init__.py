"""Data shipped with the app, read only through importlib.resources."""

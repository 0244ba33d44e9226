"""The parts of bench/soak.py: the stage it runs on, the watchers that see what the app
shows, the simulated user's hands and week, and the verdict."""

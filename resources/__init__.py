"""Data shipped with the app (icons, illustrations, exercises, routines); see
posture_break/shipped.py for how the code reads it."""

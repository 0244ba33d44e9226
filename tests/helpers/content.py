"""What the shipped content must contain, named once for every test that checks it."""

# The eight exercises of the content doc (design/exercises.md), by file id.
EXERCISE_IDS = frozenset(
    {
        "upper-trap-stretch",
        "levator-scap-stretch",
        "front-neck-stretch",
        "chin-tuck",
        "wall-neck-side-bend",
        "rhomboid-row",
        "thoracic-extension",
        "shoulder-extension-dissociation",
    }
)


# A user's own exercise, as the sharing tests write it into a data folder.
# The neck roll's picture, of a known size (just under 2 KiB, as a routine's sharing
# summary says it) whatever the shipped pictures weigh.
NECK_ROLL_PICTURE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!--'
    + b"x" * 1900
    + b'--><circle cx="5" cy="5" r="4"/></svg>'
)

NECK_ROLL = """\
name = "Neck roll"
purpose = "Loosens the neck."
steps = ["Roll your head slowly.", "Then the other way."]
sides = "none"

[dose]
sets = 1
hold_s = 20
"""


def two_step_routine(name: str, summary: str = "") -> str:
    """A user's routine of the neck roll above and a shipped chin tuck, named `name`."""
    summary_line = f'summary = "{summary}"\n' if summary else ""
    return (
        f'name = "{name}"\n{summary_line}\n[[step]]\nexercise = "neck-roll"\n\n'
        '[[step]]\nexercise = "chin-tuck"\nsets = 1\n'
    )

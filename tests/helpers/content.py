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

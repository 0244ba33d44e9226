"""The pure core: decisions in plain Python, stdlib only, time passed in through a Clock."""

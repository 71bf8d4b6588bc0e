"""What the ingest's fork server loads once (executors.run's `server`): the analysis modules, the name lists
and the model. Every worker is forked from that server and shares these pages instead of loading its own, and
a worker replaced mid-run starts warm."""
import gc

from . import pipeline, speaker_names  # noqa: F401  (importing pipeline imports every analysis module)

speaker_names.preload()
# Loaded objects go to a permanent generation: the workers' collector never walks them, nor writes to their pages.
gc.freeze()

"""Set Z's pool and draw (SOURCE-z.md): set W's pool (pool_w.py) minus set W's own files and everything tests/*.py
names at the time of drawing. python eval/own/pool_z.py prints the pool size and sample-z.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_w import draw   # noqa: E402

SEED, N = 4177, 15

if __name__ == '__main__':
    draw('dglw', SEED, N)

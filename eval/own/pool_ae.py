"""Set AE's pool and draw (SOURCE-ae.md): set Z's pool (pool_z.py, i.e. pool_w.draw over sets D, G, L, W) with set
Z's own 15 files also excluded, and everything tests/*.py names or quotes at the time of drawing (main 0c13b1f).
python eval/own/pool_ae.py prints the pool size and sample-ae.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_w import draw   # noqa: E402

SEED, N = 6841, 15

if __name__ == '__main__':
    draw('dglwz', SEED, N)

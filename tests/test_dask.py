"""Reading and analysing on a Dask cluster (ingest --scheduler / --dask) writes the same rows as the local run."""
import pytest

distributed = pytest.importorskip("distributed")


def test_local_cluster_gives_the_same_rows_as_the_local_run(tmp_path, corpora, run_ingest, same_rows):
    # Plain text, a feed with many items and a file that is skipped: 80 files of three kinds.
    folder = tmp_path / "mixed"
    folder.mkdir()
    for f in sorted((corpora / "bbc-news" / "politics").glob("*.txt"))[:80]:
        (folder / f.name).write_bytes(f.read_bytes())
    rss = corpora / "state-dept-press-releases-rss" / "press-releases-2021-05.rss"
    (folder / rss.name).write_bytes(rss.read_bytes())
    paths = [corpora / "seeds", folder]
    local, local_summary = run_ingest(tmp_path / "local.db", paths, jobs=1)
    # One worker process: the registry, taxonomy and limits are pickled to it as to a remote worker.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        on_dask, dask_summary = run_ingest(tmp_path / "dask.db", paths, dask=client)
        assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0   # nothing left
    assert dask_summary.articles == local_summary.articles > 90
    assert dask_summary.statements == local_summary.statements
    same_rows(on_dask, local)

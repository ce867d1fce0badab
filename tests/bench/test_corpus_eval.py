"""Which reports a corpus figure stands on: a part, or a batch named by patterns."""

import bench.corpus_eval as corpus_eval


def _manifest(folder, rows):
    lines = ["name\turl\tpublished\toutlet\tformat\tkind\tsplit"]
    lines += [f"{name}\thttps://example.org/{name}\t2025-01-01\tOutlet\tFormat\tmeeting\t{split}" for name, split in rows]
    (folder / "MANIFEST.tsv").write_text("\n".join(lines) + "\n")


def test_a_part_is_chosen_by_split_and_a_batch_by_any_of_several_patterns(tmp_path, monkeypatch):
    _manifest(tmp_path, [("240_a", "test"), ("245_b", "train"), ("251_c", "test"), ("260_d", "train")])
    monkeypatch.setattr(corpus_eval, "CORPUS", tmp_path)
    assert [r["name"] for r in corpus_eval.corpus_rows("test")] == ["240_a", "251_c"]
    assert [r["name"] for r in corpus_eval.corpus_rows("train", "24[5-9]*,25*")] == ["245_b", "251_c"]
    assert [r["name"] for r in corpus_eval.corpus_rows("train", "26*")] == ["260_d"]

"""The shipped classifier, training a new one, and refusing model files that are not ours."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

import cleaner
from cleaner.model import Model, ModelError, get_model, load_model
from training.corpus import FIXTURES, load_articles, score_articles
from training.evaluate import pipeline, run_system
from training.train import train

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "cleaner" / "data" / "model.npz"


def test_shipped_model_is_plain_arrays_and_loads():
    assert SHIPPED.stat().st_size > 20_000
    with zipfile.ZipFile(SHIPPED) as archive:
        assert sorted(archive.namelist()) == ["coef.npy", "intercept.npy", "meta.npy"]
    with np.load(SHIPPED, allow_pickle=False) as arrays:  # would raise on a pickled object array
        assert arrays["coef"].dtype == np.float32
    model = get_model(None)
    assert model is not None and model.classes[0] == "body" and set(model.classes) <= set(cleaner.LABELS)
    assert get_model(None) is model  # loaded once per process


def test_rules_only_and_model_differ_only_in_evidence():
    text = "正文第一段说明了会议的主要内容和安排。\n来源:新华社"
    assert cleaner.clean(text, model="").text == cleaner.clean(text).text == "正文第一段说明了会议的主要内容和安排。"


def _tampered(tmp_path: Path) -> Path:
    with np.load(SHIPPED, allow_pickle=False) as arrays:
        coef, intercept, meta = arrays["coef"].copy(), arrays["intercept"], arrays["meta"]
    coef[0, 0] += 1.0
    path = tmp_path / "tampered.npz"
    np.savez(path, coef=coef, intercept=intercept, meta=meta)
    return path


def test_tampered_weights_are_refused(tmp_path):
    with pytest.raises(ModelError, match="checksum"):
        load_model(_tampered(tmp_path))


@pytest.mark.parametrize("kind", ["text", "pickle", "foreign-npz", "missing"])
def test_foreign_files_are_refused_with_a_reason(tmp_path, kind):
    path = tmp_path / f"{kind}.npz"
    if kind == "text":
        path.write_text("not a model", encoding="utf-8")
    elif kind == "pickle":
        import pickle

        path.write_bytes(pickle.dumps({"coef": [1, 2, 3]}))
    elif kind == "foreign-npz":
        np.savez(path, weights=np.zeros((2, 2)))
    with pytest.raises(ModelError) as info:
        cleaner.clean("正文。", model=str(path))
    assert str(path.name) in str(info.value) or str(path) in str(info.value)


def test_object_arrays_are_never_unpickled(tmp_path):
    path = tmp_path / "objects.npz"
    np.savez(path, coef=np.array([{"a": 1}], dtype=object), intercept=np.zeros(1), meta=np.zeros(1, np.uint8))
    with pytest.raises(ModelError):
        load_model(path)


def test_cli_refuses_a_bad_model_with_usage_status(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("正文第一段。\n来源:新华社\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(article), "--model", str(_tampered(tmp_path))],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "checksum" in proc.stderr and "Traceback" not in proc.stderr


def test_training_on_fixtures_beats_rules_on_held_out_fixtures(tmp_path):
    """Train on two thirds of the project's fixtures (seconds), score the other third."""
    articles = load_articles(FIXTURES)
    held = articles[::3]
    held_ids = {a["id"] for a in held}
    model = train([a for a in articles if a["id"] not in held_ids], synthetic=1, seed=0)
    path = tmp_path / "fixtures-model.npz"
    model.save(path)
    assert isinstance(load_model(path), Model)
    rules = score_articles(held, run_system(held, pipeline("")), tmp_path / "rules")
    fused = score_articles(held, run_system(held, pipeline(str(path))), tmp_path / "fused")
    assert fused["lines_noise_f1"] > rules["lines_noise_f1"]
    assert fused["body_recall"] >= rules["body_recall"] - 0.005


def test_model_reasons_name_the_model():
    text = "\n".join(["这是一篇文章的正文，讲述了城市公园改造的过程和居民的反馈意见。"] * 3
                     + ["图源:城市日报", "来源:城市日报", "小编微信号 citynews2024", "长按关注我们"])
    reasons = [s.reason for s in cleaner.clean(text).segments if s.label != "body"]
    assert reasons and all(r.startswith(("rule:", "context:", "model:")) for r in reasons)
    assert json.dumps(cleaner.clean(text).to_dict(), ensure_ascii=False)

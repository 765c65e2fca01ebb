"""translate.glossary.codec: a stored index's tables decode a name's variants when it is
first looked up, and read exactly as the eagerly decoded tables do."""

from __future__ import annotations

import copy
import pickle
import threading
from typing import Any

from translate.glossary import cache
from translate.glossary.codec import LazyRefs
from translate.glossary.load import load_glossary
from translate.glossary.match import build_index


def _lazy(raw: dict[Any, Any]) -> LazyRefs:
    return LazyRefs(raw, lambda refs: [f"v{n}" for n in refs], threading.RLock())


def test_a_value_is_decoded_on_first_lookup_only() -> None:
    refs = _lazy({"a": [1, 2], "b": [3]})
    assert len(refs) == 2 and "a" in refs and "c" not in refs and list(refs) == ["a", "b"]
    assert refs._raw == {"a", "b"}
    assert refs["a"] == ["v1", "v2"] and refs["a"] is refs.get("a")
    assert refs._raw == {"b"}
    assert refs.get("c", ()) == ()
    assert refs.setdefault("b", []) == ["v3"]
    assert refs.setdefault("c", []) == [] and refs._raw == set()


def test_every_way_of_reading_it_whole_sees_decoded_values() -> None:
    plain = {"a": ["v1", "v2"], "b": ["v3"]}
    for read in (dict, lambda x: {**x}, lambda x: dict(x.items()), lambda x: x.copy(),
                 copy.deepcopy, lambda x: pickle.loads(pickle.dumps(x)),
                 lambda x: dict(zip(x.keys(), x.values(), strict=True))):
        assert read(_lazy({"a": [1, 2], "b": [3]})) == plain
    assert _lazy({"a": [1, 2], "b": [3]}) == plain
    assert plain == _lazy({"a": [1, 2], "b": [3]})
    assert _lazy({"a": [1]}) != {"a": [1]}
    refs = _lazy({"a": [1, 2], "b": [3]})
    refs["b"] = ["x"]
    assert refs.pop("a") == ["v1", "v2"] and dict(refs) == {"b": ["x"]}
    refs.update({"c": ["y"]})
    assert refs == {"b": ["x"], "c": ["y"]}


def test_the_shipped_index_reads_as_a_built_one() -> None:
    cache.clear()
    shipped = cache.load()
    index = build_index(shipped, "en")
    assert isinstance(index.sequences, LazyRefs)
    built = build_index(load_glossary(), "en")
    key = next(k for k in built.sequences if len(k) > 1)
    assert [v.text for v in index.sequences[key]] == [v.text for v in built.sequences[key]]
    # one object per variant, whichever table names it first
    member = next(k for k, v in built.members.items() if any(x.keys == key for x, _ in v))
    from_members = {id(v) for v, _ in index.members[member] if v.keys == key}
    assert from_members <= {id(v) for v in index.sequences[key]}
    assert index.sequences == built.sequences and index.members == built.members
    assert index.anchors == built.anchors and index.surnames == built.surnames

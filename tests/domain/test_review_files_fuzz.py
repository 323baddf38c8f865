"""Whatever bytes a review file holds, reading it ends in a one-line ValidationError or a
checked result, never another exception."""

import base64
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cpdlog.domain.review_files import read_pack, read_response
from cpdlog.errors import ValidationError

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


def _read_both(data: bytes) -> None:
    for reader in (read_pack, read_response):
        try:
            reader(data)
        except ValidationError as exc:
            assert "\n" not in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    _read_both(data)


@settings(max_examples=200, deadline=None)
@given(body=JSONISH, signature=st.text(max_size=100), version=JSONISH)
def test_any_json_shaped_like_a_review_file(body, signature, version) -> None:
    for fmt in ("cpdlog-review-pack", "cpdlog-review-response"):
        doc = {"format": fmt, "version": version, "body": body, "signature": signature}
        _read_both(json.dumps(doc).encode())
        doc["version"] = 1
        doc["signature"] = base64.b64encode(bytes(64)).decode()  # past the signature's form
        _read_both(json.dumps(doc).encode())
        for key in ("entries", "practitioner", "reviewer"):
            _read_both(json.dumps({**doc, "body": {key: body}}).encode())


VALID_CONTENT = {
    "title": "T",
    "activity_type": "reading",
    "start_date": "2026-03-03",
    "end_date": None,
    "quarter_hours": 4,
    "template_id": "swe",
    "sections": [["learnt", "x"]],
    "peer": {"name": "P", "role": "R", "date": None, "text": "t"},
    "standards": ["swe:1.1"],
    "evidence": [{"sha256": "a" * 64, "filename": "f"}],
}
PACK_BODY = {
    "pack_id": "ab" * 16,
    "created_at": "2026-03-03T10:00:00Z",
    "practitioner": {"name": "A", "public_key": base64.b64encode(bytes(32)).decode()},
    "entries": [{"uid": "u1", "content_hash": "0" * 64, "content": VALID_CONTENT}],
}
RESPONSE_BODY = {
    "response_id": "cd" * 16,
    "pack_hash": "1" * 64,
    "created_at": "2026-03-03T10:00:00Z",
    "reviewer": {"name": "S", "role": "", "public_key": base64.b64encode(bytes(32)).decode()},
    "entries": [
        {
            "uid": "u1",
            "content_hash": "0" * 64,
            "comments": [{"section": None, "date": "2026-03-03", "text": "c"}],
            "peer_discussions": [{"date": "2026-03-03", "text": "p"}],
            "signoff": {"statement": "s"},
        }
    ],
}


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _replace(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], new)
    return copy


@settings(max_examples=300, deadline=None)
@given(
    which=st.sampled_from(["pack", "response"]),
    index=st.integers(min_value=0, max_value=10_000),
    new=JSONISH,
)
def test_any_field_of_a_valid_body_replaced_by_anything(which, index, new) -> None:
    body = PACK_BODY if which == "pack" else RESPONSE_BODY
    paths = list(_paths(body))
    changed = _replace(body, paths[index % len(paths)], new)
    fmt = f"cpdlog-review-{which}"
    signature = base64.b64encode(bytes(64)).decode()
    data = json.dumps({"format": fmt, "version": 1, "body": changed, "signature": signature})
    _read_both(data.encode())

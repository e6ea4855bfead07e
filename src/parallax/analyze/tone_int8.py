"""Int8 matrix products for chosen weights of an ONNX graph: the tone encoder's cost is its float
matrix products, which already run near the core's float peak, while int8 products (VNNI) do
several times the work per cycle.

Each chosen ``MatMul(x, W)`` becomes ``x`` in 8 bits with one scale per token (its largest absolute
value / 127, stored as uint8 around 128) times ``W`` in int8 with one scale per output column, then
rescaled to float. Per-token scales keep a text's result independent of the texts batched with it
(a scale per batch, as ``onnxruntime.quantization.quantize_dynamic`` uses, is not) and halve the
drift from the float model.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import onnx

LEVELS = 127  # symmetric 8-bit codes: -127..127 (activations shifted by MIDDLE into uint8)
MIDDLE = 128
FLOAT = 1  # ONNX element type


def weight_codes(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(inputs x outputs) float weights as int8 codes and one float scale per output column."""
    scale = np.maximum(np.abs(weight).max(axis=0), 1e-12) / LEVELS
    codes = np.clip(np.rint(weight / scale), -LEVELS, LEVELS).astype(np.int8)
    return codes, scale.astype(np.float32)


def _constants() -> list[onnx.TensorProto]:
    from onnx import numpy_helper

    return [numpy_helper.from_array(np.array(LEVELS, np.float32), "int8_levels"),
            numpy_helper.from_array(np.array(1e-12, np.float32), "int8_tiny"),
            numpy_helper.from_array(np.array(MIDDLE, np.uint8), "int8_zero"),
            numpy_helper.from_array(np.array([-1], np.int64), "int8_flat")]


def _token_codes(x: str, width: int) -> tuple[list[onnx.NodeProto], list[onnx.TensorProto]]:
    """Nodes giving ``x`` (..., ``width``) as uint8 codes (``MIDDLE`` + x / scale) in ``{x}_a8`` and
    their scales in ``{x}_a8_scale``, one per token: the tokens are rows of one per-axis QuantizeLinear."""
    from onnx import helper, numpy_helper

    rows = numpy_helper.from_array(np.array([-1, width], np.int64), f"{x}_rows_shape")
    return [
        helper.make_node("Abs", [x], [f"{x}_abs"]),
        helper.make_node("ReduceMax", [f"{x}_abs"], [f"{x}_max"], axes=[-1], keepdims=1),  # opset <= 17
        helper.make_node("Max", [f"{x}_max", "int8_tiny"], [f"{x}_top"]),
        helper.make_node("Div", [f"{x}_top", "int8_levels"], [f"{x}_a8_scale"]),
        helper.make_node("Reshape", [f"{x}_a8_scale", "int8_flat"], [f"{x}_row_scale"]),
        helper.make_node("Shape", [f"{x}_row_scale"], [f"{x}_row_count"]),
        helper.make_node("Expand", ["int8_zero", f"{x}_row_count"], [f"{x}_row_zero"]),
        helper.make_node("Reshape", [x, f"{x}_rows_shape"], [f"{x}_rows"]),
        helper.make_node("QuantizeLinear", [f"{x}_rows", f"{x}_row_scale", f"{x}_row_zero"], [f"{x}_row_codes"],
                         axis=0),
        helper.make_node("Shape", [x], [f"{x}_shape"]),
        helper.make_node("Reshape", [f"{x}_row_codes", f"{x}_shape"], [f"{x}_a8"]),
    ], [rows]


def quantize(model: onnx.ModelProto, weights: Collection[str]) -> onnx.ModelProto:
    """The model with every ``MatMul`` whose second input is one of the float initializers named in
    ``weights`` done in 8 bits; those initializers are replaced by their codes and scales."""
    from onnx import helper, numpy_helper

    graph = model.graph
    arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer if i.name in weights}
    coded: set[str] = set()  # inputs already in codes (query, key and value read the same one)
    nodes, added = [], _constants() if arrays else []
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in arrays:
            nodes.append(node)
            continue
        x, w, out = node.input[0], node.input[1], node.output[0]
        if x not in coded:
            coded.add(x)
            coding, shape = _token_codes(x, arrays[w].shape[0])
            nodes += coding
            added += shape
        codes, scale = weight_codes(arrays[w])
        added += [numpy_helper.from_array(codes, f"{w}_w8"), numpy_helper.from_array(scale, f"{w}_w8_scale")]
        nodes += [
            helper.make_node("MatMulInteger", [f"{x}_a8", f"{w}_w8", "int8_zero"], [f"{out}_int"]),
            helper.make_node("Cast", [f"{out}_int"], [f"{out}_float"], to=FLOAT),
            helper.make_node("Mul", [f"{out}_float", f"{x}_a8_scale"], [f"{out}_rows"]),
            helper.make_node("Mul", [f"{out}_rows", f"{w}_w8_scale"], [out]),
        ]
    del graph.node[:]
    graph.node.extend(nodes)
    kept = [i for i in graph.initializer if i.name not in arrays]
    del graph.initializer[:]
    graph.initializer.extend(kept + added)
    return model

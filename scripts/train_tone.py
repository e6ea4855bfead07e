"""Fine-tune MiniLM's top layers for tone toward a marked target on NewsMTSC (torch, training only).

NewsMTSC's held-out part (``tone_data``: seeded 20% of the sentences, never trained or tuned on) is
kept apart; the rest is split again (seeded) into fit and tune parts. Each target's marked sentence
(``tone_features.window``) is run once through the frozen lower layers of the shipped ONNX model
(``tone_encoder.lower_states``) and cached; on top, the upper layers rebuilt in torch from the same
weights get low-rank (LoRA) updates of their six dense maps plus trainable biases and layer norms,
and a linear head reads the target-aware pooling (``tone_features.pool_weights``) and [CLS]. The
number of epochs is chosen on the tune split, then the model is refit on fit + tune and the held-out
macro-F1 reported. Only the updates and the head are shipped (fp16); ``tone_encoder`` writes them
into the ONNX model, and the script checks that onnxruntime then gives torch's probabilities
(``--check`` only compares shipped weights). ``--average`` averages the weights of refits that differ
only in their seed (a weight-space ensemble, at no cost at run time).

    pip install -e '.[train]'   # in a separate venv: torch is not a runtime dependency
    nice python scripts/train_tone.py ../shared/data/newsmtsc/train.jsonl --cache /tmp/tonecache \
        --out src/parallax/analyze/data/tone_encoder.npz
    nice python scripts/train_tone.py ../shared/data/newsmtsc/train.jsonl --cache /tmp/tonecache \
        --average seed13.npz seed14.npz seed15.npz --out src/parallax/analyze/data/tone_encoder.npz
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.tone_data import HELD_OUT, SEED, examples, load, parse, split

from parallax.analyze import tone_encoder
from parallax.analyze.tone import LABELS, class_f1, macro_f1
from parallax.analyze.tone_encoder import DENSE, HEADS, LAYERS, NORMS
from parallax.analyze.tone_features import CONTEXT, pool_weights, window

K = len(LABELS)
BATCH = 32


def lower(spans: list, frozen: int, context: int, cache: Path | None, name: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per target mention, its window's states after the ``frozen`` layers (fp16) and pooling weights."""
    file = cache / f"tone_lower{frozen}_{context}_{name}_{len(spans)}.pkl" if cache else None
    if file and file.is_file():
        return pickle.loads(file.read_bytes())
    windows = [window(s, context) for s in spans]
    order = sorted(range(len(spans)), key=lambda i: len(windows[i][0]))
    out: list = [None] * len(spans)
    for i in range(0, len(order), 64):
        chunk = order[i : i + 64]
        states = tone_encoder.lower_states([windows[j][0] for j in chunk], frozen)
        for row, j in enumerate(chunk):
            n = int(states.mask[row].sum())
            _, start, end = windows[j]
            out[j] = (states.hidden[row, :n].astype(np.float16), pool_weights(states.offsets[row, :n], start, end))
    if file:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(pickle.dumps(out))
    return out


class Dense(nn.Module):
    """A frozen dense map with a trainable bias and a low-rank update ``a @ b``."""

    def __init__(self, weight: np.ndarray, bias: np.ndarray, rank: int) -> None:
        super().__init__()
        self.register_buffer("weight", torch.from_numpy(weight.copy()))
        self.bias = nn.Parameter(torch.from_numpy(bias.copy()))
        self.a = nn.Parameter(torch.randn(weight.shape[0], rank) / math.sqrt(weight.shape[0]))
        self.b = nn.Parameter(torch.zeros(rank, weight.shape[1]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.weight + (x @ self.a) @ self.b + self.bias


class Layer(nn.Module):
    """One post-norm BERT layer, as ``tone_encoder.layer`` computes it."""

    def __init__(self, w: dict[str, np.ndarray], i: int, rank: int) -> None:
        super().__init__()
        self.dense = nn.ModuleList([Dense(w[f"{i}.{n}.weight"], w[f"{i}.{n}.bias"], rank) for n in DENSE])
        self.norms = nn.ModuleList()
        for n in NORMS:
            norm = nn.LayerNorm(w[f"{i}.{n}.weight"].shape[0], eps=tone_encoder.EPS)
            norm.weight.data, norm.bias.data = torch.from_numpy(w[f"{i}.{n}.weight"].copy()), torch.from_numpy(
                w[f"{i}.{n}.bias"].copy())
            self.norms.append(norm)

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, d = h.shape
        q, k, v = (m(h).view(b, t, HEADS, d // HEADS).transpose(1, 2) for m in self.dense[:3])
        logits = q @ k.transpose(-1, -2) / math.sqrt(d // HEADS) + (1.0 - mask[:, None, None, :]) * -1e9
        ctx = (logits.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
        h = self.norms[0](self.dense[3](ctx) + h)
        return self.norms[1](self.dense[5](nn.functional.gelu(self.dense[4](h))) + h)


class Model(nn.Module):
    def __init__(self, frozen: int, rank: int, dropout: float) -> None:
        super().__init__()
        w = tone_encoder.base_weights(range(frozen, LAYERS))
        self.frozen = frozen
        self.layers = nn.ModuleList([Layer(w, i, rank) for i in range(frozen, LAYERS)])
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(4 * w[f"{frozen}.{DENSE[0]}.weight"].shape[0], K)

    def forward(self, h: torch.Tensor, mask: torch.Tensor, pool: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            h = layer(h, mask)
        feats = torch.cat([(pool @ h).flatten(1), h[:, 0]], dim=1)
        return self.head(self.drop(feats))

    def named(self) -> dict[str, nn.Parameter]:
        """The trained parameters under ``tone_encoder``'s names (the head's weight transposed there)."""
        out = {}
        for layer, i in zip(self.layers, range(self.frozen, LAYERS), strict=True):
            for m, n in zip(layer.dense, DENSE, strict=True):
                out[f"{i}.{n}.bias"], out[f"{i}.{n}.a"], out[f"{i}.{n}.b"] = m.bias, m.a, m.b
            for m, n in zip(layer.norms, NORMS, strict=True):
                out[f"{i}.{n}.weight"], out[f"{i}.{n}.bias"] = m.weight, m.bias
        out["head.weight"], out["head.bias"] = self.head.weight, self.head.bias
        return out

    def export(self) -> dict[str, np.ndarray]:
        """The shipped weights (fp16)."""
        out = {k: v.detach().numpy().astype(np.float16) for k, v in self.named().items()}
        out["head.weight"] = out["head.weight"].T
        return out

    def load(self, file: Path) -> None:
        """The weights ``export`` wrote (as shipped, fp16)."""
        with np.load(file) as data:
            for key, param in self.named().items():
                value = data[key].astype(np.float32)
                param.data = torch.from_numpy(value.T.copy() if key == "head.weight" else value)


def batches(data: list, idx: np.ndarray):
    """Padded (states, mask, pooling) tensors for the examples ``idx``."""
    t = max(len(data[i][0]) for i in idx)
    h = np.zeros((len(idx), t, data[idx[0]][0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(idx), t), dtype=np.float32)
    pool = np.zeros((len(idx), 3, t), dtype=np.float32)
    for row, i in enumerate(idx):
        n = len(data[i][0])
        h[row, :n], mask[row, :n], pool[row, :, :n] = data[i][0], 1.0, data[i][1]
    return torch.from_numpy(h), torch.from_numpy(mask), torch.from_numpy(pool)


def predict(model: Model, data: list) -> np.ndarray:
    model.eval()
    order = np.argsort([len(d[0]) for d in data])
    out = np.zeros((len(data), K), dtype=np.float32)
    with torch.no_grad():
        for i in range(0, len(order), 128):
            idx = order[i : i + 128]
            out[idx] = model(*batches(data, idx)).softmax(-1).numpy()
    return out


def train(data: list, y: np.ndarray, args: argparse.Namespace, epochs: int, check=None) -> Model:
    """Train for ``epochs``; ``check(model, epoch)`` is called after each."""
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    model = Model(args.frozen, args.rank, args.dropout)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=args.wd)
    steps = epochs * math.ceil(len(y) / BATCH)
    # linear warm-up over the first 10% of the steps, then linear decay to 0
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.1 * steps)) * (steps - s) / steps)
    weight = torch.tensor(len(y) / (K * np.bincount(y, minlength=K)), dtype=torch.float32)
    for epoch in range(epochs):
        model.train()
        # batches of similar length (little padding), in a random order
        order = rng.permutation(len(y))
        order = order[np.argsort([len(data[i][0]) + rng.uniform(0, 4) for i in order], kind="stable")]
        chunks = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        for j in rng.permutation(len(chunks)):
            idx = chunks[j]
            loss = nn.functional.cross_entropy(model(*batches(data, idx)), torch.from_numpy(y[idx]), weight=weight,
                                               label_smoothing=args.smoothing)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        if check:
            check(model, epoch)
    return model


def average(files: list[Path], rank: int) -> dict[str, np.ndarray]:
    """The shipped weights of several runs (same frozen layers) averaged in weight space: each dense
    map's update ``a @ b`` is averaged and cut back to ``rank`` by SVD, the rest averaged as is. Like
    an ensemble of the runs, it smooths their seed-to-seed swing, but costs one encoder run."""
    runs = []
    for file in files:
        with np.load(file) as data:
            runs.append({k: data[k].astype(np.float32) for k in data.files})
    out = {k: np.mean([r[k] for r in runs], axis=0) for k in runs[0] if not k.endswith((".a", ".b"))}
    for name in (k[:-2] for k in runs[0] if k.endswith(".a")):
        u, s, vh = np.linalg.svd(np.mean([r[f"{name}.a"] @ r[f"{name}.b"] for r in runs], axis=0),
                                 full_matrices=False)
        out[f"{name}.a"], out[f"{name}.b"] = u[:, :rank] * s[:rank], vh[:rank]
    out["frozen"] = np.int64(runs[0]["frozen"])
    return {k: v if k == "frozen" else v.astype(np.float16) for k, v in out.items()}


def report(y: np.ndarray, p: np.ndarray) -> str:
    per_class = " / ".join(f"{f:.3f}" for f in class_f1(y, p.argmax(axis=1), K))
    return f"macro-F1 {macro_f1(y, p.argmax(axis=1), K):.3f} (negative / neutral / positive F1 {per_class})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--frozen", type=int, default=3, help="lower layers kept frozen (run by onnxruntime)")
    parser.add_argument("--context", type=int, default=CONTEXT, help="characters of the sentence on each side")
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--wd", type=float, default=0.01)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--smoothing", type=float, default=0.0, help="label smoothing of the loss")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--tune-only", action="store_true", help="stop after choosing the epochs")
    parser.add_argument("--refit-epochs", type=int, default=None, help="skip the tuning: refit for this many")
    parser.add_argument("--check", type=Path, default=None, help="only compare these shipped weights with torch")
    parser.add_argument("--average", type=Path, nargs="+", default=None,
                        help="only average these shipped weights (trained with --frozen, --rank) into --out")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    rows = load(args.data)
    pairs = list(zip(rows, parse([text for text, _ in rows], args.cache), strict=True))
    train_rows, held_rows = split(pairs, HELD_OUT, SEED)
    fit_rows, tune_rows = split(train_rows, HELD_OUT, SEED + 1)
    parts = {}
    for name, part in (("fit", fit_rows), ("tune", tune_rows), ("held", held_rows)):
        spans, y = examples(part)
        parts[name] = (lower(spans, args.frozen, args.context, args.cache, name), y)
    (x_fit, y_fit), (x_tune, y_tune) = parts["fit"], parts["tune"]
    if args.average:
        np.savez_compressed(args.out, **average(args.average, args.rank))
        args.check = args.out
    if args.check:
        model = Model(args.frozen, args.rank, args.dropout)
        model.load(args.check)
        p_held = predict(model, parts["held"][0])
        print(f"{args.check} ({args.check.stat().st_size // 1024} KB): held-out {report(parts['held'][1], p_held)}")
        compare(args.check, held_rows, args.context, p_held)
        return

    tuned: dict[int, float] = {}

    def check(model: Model, epoch: int) -> None:
        p = predict(model, x_tune)
        tuned[epoch + 1] = macro_f1(y_tune, p.argmax(axis=1), K)
        print(f"epoch {epoch + 1}: tune {report(y_tune, p)}", flush=True)

    if args.refit_epochs is None:
        train(x_fit, y_fit, args, args.epochs, check)
    if args.tune_only:
        return
    epochs = args.refit_epochs or max(tuned, key=tuned.__getitem__)
    model = train(x_fit + x_tune, np.concatenate([y_fit, y_tune]), args, epochs)
    x_held, y_held = parts["held"]
    p_held = predict(model, x_held)
    print(f"{epochs} epochs; train {len(y_fit) + len(y_tune)} mentions; "
          f"held-out {len(y_held)}: {report(y_held, p_held)}")
    if args.out:
        np.savez_compressed(args.out, frozen=np.int64(args.frozen), **model.export())
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
        compare(args.out, held_rows, args.context, p_held)


def compare(weights: Path, rows: list, context: int, torch_p: np.ndarray, n: int = 200) -> None:
    """The onnxruntime runtime (``tone_encoder``) against torch on the first ``n`` held-out mentions."""
    tone_encoder.WEIGHTS = weights
    tone_encoder._tuned.cache_clear()
    spans, _ = examples(rows)
    runtime_p = tone_encoder.probabilities([window(s, context) for s in spans[:n]])
    same = (runtime_p.argmax(axis=1) == torch_p[:n].argmax(axis=1)).mean()
    print(f"onnxruntime vs torch on {n} held-out mentions: same label {same:.1%}, "
          f"max probability difference {np.abs(runtime_p - torch_p[:n]).max():.4f}")


if __name__ == "__main__":
    main()

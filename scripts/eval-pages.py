#!/usr/bin/env python3
"""Per-page scores for decruft predictions, worst page first; per-page F1 floors.

Usage:
  eval-pages.py GT_DIR PRED_DIR [--no-table] [--summary]
                [--floors FILE] [--write-floors FILE]

GT_DIR and PRED_DIR hold one <id>.txt per page; every id in GT_DIR is scored, a
missing prediction counts as empty.

The metric is that of /work/shared/tools/score (the article-extraction-benchmark's
evaluate.py), reimplemented here with the standard library only, so that the per-page
numbers are identical and floors can be checked without the scorer:
  tokens   = re.findall(r'\\w+', text)
  shingles = multiset of word 4-grams; a text of 1..3 tokens gives one shorter
             shingle, an empty text none
  per page tp = sum min(t, p), fp = sum max(0, p - t), fn = sum max(0, t - p)
  precision = tp / (tp + fp), recall = tp / (tp + fn), both 1.0 when fp == fn == 0;
  precision is undefined ("-") for an empty prediction, recall for an empty ground
  truth. Per-page F1 = 2PR / (P + R), an undefined value counting as 0; F1 is 1.0
  when both texts are empty.
--summary prints the corpus means the way the scorer does (precision and recall
averaged over the pages where each is defined, F1 of the two means, accuracy =
share of pages whose token lists are equal).

Floors file: one "<id> <f1-floor>" per line; blank lines and "#" comments ignored.
--floors FILE prints every page whose F1 is below its floor and exits 1 if any is.
--write-floors FILE writes, for every page, floor(F1, 3 decimals) - 0.005 (not below 0).
"""
import argparse
import math
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

_TOKEN_RE = re.compile(r'\w+', re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
NGRAM_N = 4
SLACK = 0.005


def tokenize(text):
    return _TOKEN_RE.findall(text or '')


def ngrams(tokens, n=NGRAM_N):
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result.append(shingle)
    return result


def tp_fp_fn(true_tokens, pred_tokens):
    return counts_tp_fp_fn(Counter(ngrams(true_tokens)), Counter(ngrams(pred_tokens)))


def counts_tp_fp_fn(ts, ps):
    """tp, fp, fn of two shingle multisets, scaled to sum to 1."""
    tp = fp = fn = 0.
    for key in set(ts) | set(ps):
        t, p = ts.get(key, 0), ps.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fp == 0:
        return 0.
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fn == 0:
        return 0.
    return tp / (tp + fn)


def read_texts(d):
    out = {}
    for p in sorted(Path(d).iterdir()):
        if p.is_file() and p.suffix == '.txt':
            out[p.stem] = p.read_text(encoding='utf-8', errors='replace')
    return out


def score_page(true_tokens, true_shingles, pred_text):
    """(precision|None, recall|None, f1, tokens_equal) of one page; true_shingles
    is Counter(ngrams(true_tokens)), passed in so that callers can cache it."""
    pt = tokenize(pred_text)
    x = counts_tp_fp_fn(true_shingles, Counter(ngrams(pt)))
    p = precision_score(*x) if x[0] + x[1] > 0 else None
    r = recall_score(*x) if x[0] + x[2] > 0 else None
    if p is None and r is None:
        f = 1.0                      # both texts empty: nothing to find, nothing wrong
    else:
        pp, rr = p or 0.0, r or 0.0
        f = 2 * pp * rr / (pp + rr) if pp + rr > 0 else 0.0
    return p, r, f, true_tokens == pt


def score_pages(gt, pred):
    """Return {id: (precision|None, recall|None, f1, tokens_equal)}."""
    pages = {}
    for k, text in gt.items():
        tt = tokenize(text)
        pages[k] = score_page(tt, Counter(ngrams(tt)), pred.get(k, ''))
    return pages


def fmt(v, width):
    return f'{"-":>{width}}' if v is None else f'{v:{width}.3f}'


def print_table(pages):
    idw = max([len('id')] + [len(k) for k in pages])
    print(f'{"id":<{idw}}  {"precision":>9}  {"recall":>6}  {"f1":>6}')
    for k in sorted(pages, key=lambda k: (pages[k][2], k)):
        p, r, f, _ = pages[k]
        print(f'{k:<{idw}}  {fmt(p, 9)}  {fmt(r, 6)}  {fmt(f, 6)}')


def print_summary(pages):
    ps = [v[0] for v in pages.values() if v[0] is not None]
    rs = [v[1] for v in pages.values() if v[1] is not None]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    acc = statistics.mean(float(v[3]) for v in pages.values()) if pages else 0.0
    print(f'MEAN ({len(pages)} pages)  F1 {f1:.3f}  precision {p:.3f}  '
          f'recall {r:.3f}  accuracy {acc:.3f}')
    print(f'(precision averaged over {len(ps)} pages with non-empty prediction, '
          f'recall over {len(rs)} pages with non-empty ground truth)')


def read_floors(path):
    floors = {}
    for n, line in enumerate(Path(path).read_text(encoding='utf-8').splitlines(), 1):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        try:
            if len(parts) != 2:
                raise ValueError
            floors[parts[0]] = float(parts[1])
        except ValueError:
            sys.exit(f'{path}:{n}: expected "<id> <f1-floor>", got: {line}')
    return floors


def check_floors(pages, floors, path):
    below = []
    for k, floor in sorted(floors.items()):
        if k not in pages:
            print(f'warning: {path}: floor for {k}, which is not in the corpus',
                  file=sys.stderr)
            continue
        if pages[k][2] < floor:
            below.append((pages[k][2] - floor, k, pages[k][2], floor))
    unfloored = [k for k in pages if k not in floors]
    if unfloored:
        print(f'note: {len(unfloored)} page(s) have no floor in {path}', file=sys.stderr)
    for _, k, f, floor in sorted(below):
        print(f'BELOW FLOOR  {k}  f1 {f:.3f} < floor {floor:.3f}')
    checked = len([k for k in floors if k in pages])
    if below:
        print(f'FLOORS: {len(below)} of {checked} page(s) below their floor')
        return 1
    print(f'FLOORS: all {checked} page(s) at or above their floor')
    return 0


def write_floors(pages, path):
    lines = []
    for k in sorted(pages):
        floor = max(0.0, math.floor(pages[k][2] * 1000 + 1e-9) / 1000 - SLACK)
        lines.append(f'{k} {floor:.3f}\n')
    Path(path).write_text(''.join(lines), encoding='utf-8')
    print(f'wrote {len(lines)} floors to {path}')


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gt')
    ap.add_argument('pred')
    ap.add_argument('--no-table', action='store_true', help='do not print the per-page table')
    ap.add_argument('--summary', action='store_true', help='print the corpus means')
    ap.add_argument('--floors', metavar='FILE')
    ap.add_argument('--write-floors', metavar='FILE')
    args = ap.parse_args()

    gt = read_texts(args.gt)
    if not gt:
        sys.exit(f'no ground truth (<id>.txt) in {args.gt}')
    pred = read_texts(args.pred) if Path(args.pred).is_dir() else {}
    pages = score_pages(gt, pred)
    if not args.no_table:
        print_table(pages)
    if args.summary:
        print_summary(pages)
    rc = 0
    if args.write_floors:
        write_floors(pages, args.write_floors)
    if args.floors:
        rc = check_floors(pages, read_floors(args.floors), args.floors)
    return rc


if __name__ == '__main__':
    sys.exit(main())

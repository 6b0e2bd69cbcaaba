"""The scored corpora, shared by scripts/eval and scripts/tune.

- Corpus: a directory laid out as html/<id>.html.gz + gt/<id>.txt (aeb-dev, each
  wide-dev set) or flat, <id>.html[.gz] + <id>.txt (fixtures/corpus).
- half_of(): the fixed split of every corpus into a tuning and a checking half.
- run_pages(): decruft in batch mode (-q --no-title -o DIR), one process per chunk
  of pages, chunks in parallel.
- summarize(): a corpus's means with the metric of scripts/eval-pages.py (the
  benchmark's, as /work/shared/tools/score computes it).
"""
import concurrent.futures
from collections import Counter
import gzip
import hashlib
import importlib.util
import math
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
DEFAULT_ROOT = REPO.parent / 'shared' / 'corpus'
HALVES = ('tuning', 'checking')

# A page whose ground truth has words but whose recall is below this lost its
# whole article (an empty output with a non-empty ground truth is one of them).
LOST_RECALL = 0.1
CHUNK_PAGES = 40
NO_ARTICLE = ': no article found on the page'


def _load_metric():
    spec = importlib.util.spec_from_file_location('eval_pages', SCRIPTS / 'eval-pages.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


metric = _load_metric()


def half_of(page_id):
    """The one definition of the split: 'tuning' when the first byte of the
    SHA-256 of the page id (its file name without extension, UTF-8) is even."""
    return 'tuning' if hashlib.sha256(page_id.encode('utf-8')).digest()[0] % 2 == 0 \
        else 'checking'


def in_half(page_id, half):
    return half == 'all' or half_of(page_id) == half


def default_corpora(root=DEFAULT_ROOT):
    """aeb-dev and every wide-dev set (the development corpora)."""
    root = Path(root)
    dirs = [root / 'aeb-dev']
    wide = root / 'wide-dev'
    if wide.is_dir():
        dirs += sorted(d for d in wide.iterdir() if d.is_dir())
    return [d for d in dirs if d.is_dir()]


class Corpus:
    def __init__(self, path):
        self.path = Path(path)
        self.name = self.path.resolve().name
        if (self.path / 'html').is_dir() and (self.path / 'gt').is_dir():
            self.html_dir, self.gt_dir = self.path / 'html', self.path / 'gt'
        else:
            self.html_dir = self.gt_dir = self.path
        self.ids = sorted(p.stem for p in self.gt_dir.glob('*.txt') if p.is_file())
        self._gt = None
        self._truth = None

    def page_file(self, page_id):
        for suffix in ('.html.gz', '.html'):
            p = self.html_dir / (page_id + suffix)
            if p.is_file():
                return p
        return None

    def gt(self):
        """{id: ground-truth text}, read once."""
        if self._gt is None:
            self._gt = {i: (self.gt_dir / (i + '.txt')).read_text(encoding='utf-8',
                                                                    errors='replace')
                        for i in self.ids}
        return self._gt


    def truth(self):
        """{id: (tokens, shingle Counter)} of the ground truth, computed once."""
        if self._truth is None:
            self._truth = {}
            for i, text in self.gt().items():
                tokens = metric.tokenize(text)
                self._truth[i] = (tokens, Counter(metric.ngrams(tokens)))
        return self._truth


def load_corpora(paths):
    corpora = [Corpus(p) for p in paths]
    names = [c.name for c in corpora]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise SystemExit(f'two corpora named {", ".join(dup)}: give distinct directories')
    for c in corpora:
        if not c.ids:
            raise SystemExit(f'no ground truth (<id>.txt) in {c.gt_dir}')
    return corpora


def decompress(corpus, dest):
    """Writes every page of the corpus as dest/<id>.html; returns the ids without a page."""
    dest.mkdir(parents=True, exist_ok=True)
    missing = []
    for i in corpus.ids:
        src = corpus.page_file(i)
        if src is None:
            missing.append(i)
        elif src.suffix == '.gz':
            with gzip.open(src, 'rb') as f, open(dest / (i + '.html'), 'wb') as out:
                shutil.copyfileobj(f, out)
        else:
            shutil.copyfile(src, dest / (i + '.html'))
    return missing


def _run_chunk(decruft, files, out_dir, env, timeout, args=()):
    """One decruft process over some pages into out_dir (its own directory: -o
    locks it), with the extra options args. Returns (files, message or None)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = [decruft, '-q', '--no-title', '--threads', '1', *args, '-o', str(out_dir), '--']
    cmd += [str(f) for f in files]
    try:
        r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return files, f'timed out after {timeout}s'
    # "no article found" is an empty output, counted as such by the scores
    lines = [ln for ln in r.stderr.decode('utf-8', 'replace').splitlines()
             if ln.strip() and not ln.endswith(NO_ARTICLE)]
    if r.returncode in (0, 1) and not lines:
        return files, None
    return files, f'exit {r.returncode}' + ''.join('\n    ' + ln for ln in lines)


def run_pages(decruft, jobs, work, env=None, timeout=None, args=()):
    """jobs: [(corpus name, page dir, [ids])]. Runs decruft, with the extra
    options args, over the pages and
    returns ({name: {id: predicted text}}, [problem messages]). A page without
    output (failure, timeout, crash) is predicted empty."""
    env = dict(os.environ if env is None else env)
    timeout = timeout or int(os.environ.get('DC_TIMEOUT', '300'))
    tasks = []
    for name, page_dir, ids in jobs:
        for k in range(0, len(ids), CHUNK_PAGES):
            chunk = ids[k:k + CHUNK_PAGES]
            tasks.append((name, chunk, [page_dir / (i + '.html') for i in chunk],
                          work / name / f'c{k // CHUNK_PAGES}'))
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = [pool.submit(_run_chunk, decruft, files, out, env, timeout, args)
                   for _, _, files, out in tasks]
        for (name, chunk, _, _), fut in zip(tasks, futures):
            _, msg = fut.result()
            if msg and msg.startswith('exit 2'):
                # a usage or fatal error (a bad DECRUFT_TUNE...): every chunk would fail
                print(f'decruft stopped on {name}: {msg}', file=sys.stderr)
                raise SystemExit(2)
            if msg:
                problems.append(f'{name} ({chunk[0]}... {len(chunk)} pages): {msg}')
    preds = {}
    for name, chunk, _, out in tasks:
        got = preds.setdefault(name, {})
        for i in chunk:
            p = out / (i + '.txt')
            got[i] = p.read_text(encoding='utf-8', errors='replace') if p.is_file() else ''
    return preds, problems


def write_predictions(preds, dest):
    dest.mkdir(parents=True, exist_ok=True)
    for i, text in preds.items():
        (dest / (i + '.txt')).write_text(text, encoding='utf-8')


def score(corpus, preds, ids):
    """{id: (precision|None, recall|None, f1, tokens_equal)} for the given ids."""
    truth = corpus.truth()
    return {i: metric.score_page(*truth[i], preds.get(i, '')) for i in ids}


def summarize(pages):
    """The corpus means, as the scorer computes them, plus empty and lost counts."""
    ps = [v[0] for v in pages.values() if v[0] is not None]
    rs = [v[1] for v in pages.values() if v[1] is not None]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {
        'pages': len(pages),
        'p': p, 'r': r,
        'f1': 2 * p * r / (p + r) if p + r > 0 else 0.0,
        'empty': sum(1 for v in pages.values() if v[0] is None),
        'lost': sum(1 for v in pages.values() if v[1] is not None and v[1] < LOST_RECALL),
    }


def mean_of_means(rows):
    """{p, r, f1}: the plain mean over corpora of each corpus mean."""
    rows = list(rows)
    if not rows:
        return {'p': 0.0, 'r': 0.0, 'f1': 0.0}
    return {k: statistics.mean(row[k] for row in rows) for k in ('p', 'r', 'f1')}


def split_pages(pages, half):
    return {i: v for i, v in pages.items() if in_half(i, half)}


HEADER = f'{"corpus":<18} {"pages":>5} {"P":>6} {"R":>6} {"F1":>6} {"empty":>5} {"lost":>5}'


def row_line(name, row):
    return (f'{name:<18} {row["pages"]:>5} {row["p"]:6.3f} {row["r"]:6.3f} {row["f1"]:6.3f} '
            f'{row["empty"]:>5} {row["lost"]:>5}')


def mean_line(rows):
    m = mean_of_means(rows.values())
    return (f'{"mean of " + str(len(rows)) + " means":<18} {"":>5} {m["p"]:6.3f} {m["r"]:6.3f} '
            f'{m["f1"]:6.3f} {sum(r["empty"] for r in rows.values()):>5} '
            f'{sum(r["lost"] for r in rows.values()):>5}')


def floor3(x, slack):
    return max(0.0, math.floor(x * 1000 + 1e-9) / 1000 - slack)

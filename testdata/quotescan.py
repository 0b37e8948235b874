# Corpus-quote scan: builds the set of N-word runs of every text corpus under
# ../shared/corpus and prints repository lines that contain one.
# Usage, from the repository root (needs ../shared):
#   python3 testdata/quotescan.py 6 $(git ls-files | grep -vE 'golden.json|fuzz/|givennames/data|known_gen')
# The house rule: real texts stay in ../shared/corpus; tests, comments and
# fixtures use sentences of our own. A hit is a place to look: stock phrases
# ("said in a statement") and names of real bodies are not quotes.
# Tokens are lower-cased alphanumeric runs, so punctuation/tokenisation
# differences between the corpora (CoNLL "n't", HTML entities) do not hide a quote.
import gzip, html, json, os, re, sys, glob
C = '../shared/corpus/'
WORD = re.compile(r"[a-z0-9]+")
def words(s):
    return WORD.findall(html.unescape(s).lower())
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S | re.I)
def strip(s):
    return TAG.sub(' ', s)
def rd(p):
    b = open(p, 'rb').read()
    if p.endswith('.gz'): b = gzip.decompress(b)
    return b.decode('utf-8', errors='replace')
docs = []  # (corpus label, text)
for f in ['conll04_train.json', 'conll04_dev.json']:
    for s in json.load(open(C+'conll04/'+f)): docs.append(('conll04', ' '.join(s['tokens'])))
toks = []
for line in open(C+'conll2003/eng.testa'):
    p = line.split()
    if not p:
        docs.append(('conll2003', ' '.join(toks))); toks = []
    elif not p[0].startswith('-DOCSTART'): toks.append(p[0])
docs.append(('conll2003', ' '.join(toks)))
for f in glob.glob(C+'geo/*.xml'): docs.append(('geo', strip(rd(f))))
for f in glob.glob(C+'timeml/**/*.tml', recursive=True): docs.append(('timeml', strip(rd(f))))
for f in glob.glob(C+'article-extraction/**/*', recursive=True):
    if os.path.isfile(f) and not f.endswith('LICENSE'): docs.append(('article-extraction', strip(rd(f))))
for f in glob.glob(C+'realworld/**/*', recursive=True):
    if os.path.isfile(f): docs.append(('realworld', strip(rd(f))))
for f in glob.glob(C+'seed/*'): docs.append(('seed', rd(f)))
def rtwalk(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ('Input', 'Text') and isinstance(v, str): out.append(v)
            else: rtwalk(v, out)
    elif isinstance(o, list):
        for v in o: rtwalk(v, out)
for f in glob.glob(C+'recognizers-text/*.json'):
    out = []; rtwalk(json.load(open(f, encoding='utf-8-sig')), out)
    docs.append(('rt', '\n'.join(out)))
N = int(sys.argv[1])
grams = {}
for lab, t in docs:
    w = words(t)
    for i in range(len(w)-N+1):
        k = hash(' '.join(w[i:i+N]))
        if k not in grams: grams[k] = lab
        elif lab not in grams[k].split('+'): grams[k] += '+'+lab
print(f'# corpora: {len(docs)} docs, {len(grams)} distinct {N}-grams', file=sys.stderr)
for f in sys.argv[2:]:
    for n, line in enumerate(open(f, encoding='utf-8', errors='replace'), 1):
        w = words(line)
        hit = []
        for i in range(len(w)-N+1):
            g = ' '.join(w[i:i+N])
            lab = grams.get(hash(g))
            if lab: hit.append((g, lab))
        if hit:
            labs = sorted({l for _, l in hit})
            print(f'{f}:{n}: {len(hit)}x [{hit[0][0]}] ({",".join(labs)}) {line.strip()[:160]}')

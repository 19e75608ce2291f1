"""Validate devsets/comments: quotes unique in doc text and containing their anchor,
unique doc ids and urls, every row's doc_id exists, nonclaim anchors never overlap gold
anchors, field values well formed (category, modality, section, scope, ranges),
comment rows and comment_author consistent, the held-out rule on every url (SHA-1 hex
digest of the url starts with an even hex digit), and the two toll files
(tolls.jsonl: the article's toll; comment_tolls.jsonl: a commenter's own figure)."""
import collections
import hashlib
import json
import os
import sys

base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


def load(n):
    p = os.path.join(base, n)
    return [json.loads(l) for l in open(p) if l.strip()] if os.path.exists(p) else []


docs = load('docs.jsonl'); gold = load('gold.jsonl'); non = load('nonclaims.jsonl')
tolls = load('tolls.jsonl'); ctolls = load('comment_tolls.jsonl')
err = []
ids = [d['id'] for d in docs]
if len(ids) != len(set(ids)): err.append('duplicate doc ids')
urls = [d['url'] for d in docs]
if len(urls) != len(set(urls)): err.append('duplicate urls')
for d in docs:
    if hashlib.sha1(d['url'].encode()).hexdigest()[0] not in '02468ace':
        err.append(('odd url (held-out half)', d['id'], d['url']))
text = {d['id']: d['text'] for d in docs}
CATS = {'killed', 'injured', 'killed_or_injured', 'captured', 'missing', 'displaced'}
GOLD_KEYS = {'doc_id', 'quote', 'anchor', 'category', 'low', 'high', 'vague', 'modality', 'speaker',
             'section', 'comment_author', 'subject', 'core', 'scope'}


def span(r):
    t = text.get(r['doc_id'])
    if t is None: err.append(('no doc', r)); return None
    c = t.count(r['quote'])
    if c != 1: err.append(('quote count %d' % c, r['doc_id'], r['quote'])); return None
    if r['anchor'] not in r['quote']: err.append(('anchor not in quote', r['doc_id'], r['quote'], r['anchor'])); return None
    if r['quote'].count(r['anchor']) > 1: err.append(('anchor twice in quote', r['doc_id'], r['quote'], r['anchor']))
    s = t.index(r['quote']) + r['quote'].index(r['anchor'])
    return (s, s + len(r['anchor']))


gs = collections.defaultdict(list)
seen_rows = set()
for r in gold:
    if set(r) != GOLD_KEYS: err.append(('gold keys', sorted(set(r) ^ GOLD_KEYS), r['doc_id'], r['quote']))
    sp = span(r)
    if r['category'] not in CATS: err.append(('bad category', r))
    if r['modality'] not in {'asserted', 'hedged', 'negated', 'hypothetical'}: err.append(('bad modality', r))
    if not isinstance(r['low'], int) or (r['high'] is not None and (not isinstance(r['high'], int) or r['high'] < r['low'])):
        err.append(('bad range', r))
    if r['section'] not in {'article', 'comment'}: err.append(('bad section', r))
    if r['comment_author'] is not None and r['section'] != 'comment': err.append(('author on article row', r))
    if r['scope'] not in {'reported', 'background', 'aggregate'}: err.append(('bad scope', r))
    if not isinstance(r['core'], bool) or not isinstance(r['vague'], bool): err.append(('core/vague not bool', r))
    key = (r['doc_id'], r['quote'], r['anchor'])
    if key in seen_rows: err.append(('duplicate row', key))
    seen_rows.add(key)
    if sp: gs[r['doc_id']].append(sp)
for r in non:
    sp = span(r)
    if sp:
        for g in gs[r['doc_id']]:
            if sp[0] < g[1] and g[0] < sp[1]: err.append(('nonclaim overlaps gold anchor', r))


def check_tolls(rows, name, key):
    seen = set()
    for r in rows:
        if r['doc_id'] not in text: err.append((name + ' no doc', r))
        if r['category'] not in CATS: err.append((name + ' bad category', r))
        if r['basis'] not in {'stated', 'sum', 'enumerated', 'zero'}: err.append((name + ' bad basis', r))
        if not isinstance(r['low'], int) or (r['high'] is not None and r['high'] < r['low']): err.append((name + ' bad range', r))
        k = key(r)
        if k in seen: err.append((name + ' duplicate', k))
        seen.add(k)
        if r['basis'] == 'zero' and r['low'] != 0: err.append(('zero basis with low!=0', r))


check_tolls(tolls, 'toll', lambda r: (r['doc_id'], r['category']))
check_tolls(ctolls, 'comment toll', lambda r: (r['doc_id'], r['quote'], r['category']))
for r in ctolls:
    if r['doc_id'] in text and text[r['doc_id']].count(r['quote']) != 1: err.append(('comment toll quote', r))
for e in err: print('ERROR', e)
core = sum(1 for r in gold if r['core'])
print('docs %d gold %d (core %d, not core %d) nonclaims %d tolls %d comment tolls %d' % (
    len(docs), len(gold), core, len(gold) - core, len(non), len(tolls), len(ctolls)))
C = collections.Counter
print('category', dict(C(r['category'] for r in gold)))
print('modality', dict(C(r['modality'] for r in gold)))
print('section', dict(C(r['section'] for r in gold)), 'scope', dict(C(r['scope'] for r in gold)))
print('nonclaims', dict(C(r['kind'] for r in non)), 'toll basis', dict(C(r['basis'] for r in tolls)))
sys.exit(1 if err else 0)

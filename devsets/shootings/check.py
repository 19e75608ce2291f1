"""Validate devsets/shootings: quotes unique in doc text and containing their anchor,
unique doc ids, every row's doc_id exists, nonclaim anchors never overlap gold anchors,
field values well formed."""
import json,sys,os,collections
base=sys.argv[1] if len(sys.argv)>1 else os.path.dirname(os.path.abspath(__file__))
def load(n): 
    p=os.path.join(base,n)
    return [json.loads(l) for l in open(p) if l.strip()] if os.path.exists(p) else []
docs=load('docs.jsonl');gold=load('gold.jsonl');non=load('nonclaims.jsonl');tolls=load('tolls.jsonl')
err=[]
ids=[d['id'] for d in docs]
if len(ids)!=len(set(ids)): err.append('duplicate doc ids')
urls=[d['url'] for d in docs]
if len(urls)!=len(set(urls)): err.append('duplicate urls')
text={d['id']:d['text'] for d in docs}
CATS={'killed','injured','killed_or_injured','captured','missing','displaced'}
def span(r):
    t=text.get(r['doc_id'])
    if t is None: err.append(('no doc',r)); return None
    c=t.count(r['quote'])
    if c!=1: err.append(('quote count %d'%c,r['doc_id'],r['quote'])); return None
    if r['anchor'] not in r['quote']: err.append(('anchor not in quote',r['doc_id'],r['quote'],r['anchor'])); return None
    if r['quote'].count(r['anchor'])>1: err.append(('anchor twice in quote',r['doc_id'],r['quote'],r['anchor']))
    s=t.index(r['quote'])+r['quote'].index(r['anchor'])
    return (s,s+len(r['anchor']))
gs=collections.defaultdict(list)
for r in gold:
    sp=span(r)
    if r['category'] not in CATS: err.append(('bad category',r))
    if r['modality'] not in {'asserted','hedged','negated','hypothetical'}: err.append(('bad modality',r))
    if not isinstance(r['low'],int) or (r['high'] is not None and (not isinstance(r['high'],int) or r['high']<r['low'])): err.append(('bad range',r))
    if r['section'] not in {'article','comment'}: err.append(('bad section',r))
    if sp: gs[r['doc_id']].append(sp)
for r in non:
    sp=span(r)
    if sp:
        for g in gs[r['doc_id']]:
            if sp[0]<g[1] and g[0]<sp[1]: err.append(('nonclaim overlaps gold anchor',r))
seen=set()
for r in tolls:
    if r['doc_id'] not in text: err.append(('toll no doc',r))
    if r['category'] not in CATS: err.append(('toll bad category',r))
    if r['basis'] not in {'stated','sum','enumerated','zero'}: err.append(('toll bad basis',r))
    k=(r['doc_id'],r['category'])
    if k in seen: err.append(('toll duplicate',k))
    seen.add(k)
    if r['basis']=='zero' and r['low']!=0: err.append(('zero basis with low!=0',r))
for e in err: print('ERROR',e)
core=sum(1 for r in gold if r['core'])
print('docs %d gold %d (core %d, not core %d) nonclaims %d tolls %d'%(len(docs),len(gold),core,len(gold)-core,len(non),len(tolls)))
sys.exit(1 if err else 0)

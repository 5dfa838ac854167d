"""Per-post cost of the cross reader's joint pass against the post's own pass (docs/QUALITY.md "A cross reader").

    HF_HUB_OFFLINE=1 python scripts/time_cross_reader.py   # after scripts/fit_cross_reader.py dump /tmp/xenc
"""
import json, time, torch
torch.set_num_threads(1)
from sentence_transformers import SentenceTransformer
from monitor.embedding.loader import resolve_model
m = SentenceTransformer(str(resolve_model("all-MiniLM-L6-v2").path), device="cpu")
tok, hf = m.tokenizer, m[0].auto_model
rows = [json.loads(l) for l in open('/tmp/xenc/views.jsonl')][:40]
claims = {json.loads(l)['id']: json.loads(l)['text'] for l in open('monitor/demo/templates.jsonl') if l.strip()}
def one(r, k):
    ids = [v['template_id'] for v in r['views'][:k]]
    enc = tok([claims[i] for i in ids], [r['text']]*len(ids), padding=True, truncation='only_second', max_length=256, return_tensors='pt', return_token_type_ids=True)
    with torch.inference_mode(): hf(**enc)
    enc = tok([r['text']], padding=True, truncation=True, max_length=256, return_tensors='pt')
for k in (1, 3):
    one(rows[0], k)
    t = time.perf_counter()
    for r in rows: one(r, k) if k else None
    dt = (time.perf_counter() - t) / len(rows)
    t = time.perf_counter()
    for r in rows:
        enc = tok([r['text']], return_tensors='pt')
        with torch.inference_mode(): hf(**enc)
    ds = (time.perf_counter() - t) / len(rows)
    print(f"joint pass, {k} pair(s): {1000*dt:.1f} ms/post; the post alone: {1000*ds:.1f} ms/post")

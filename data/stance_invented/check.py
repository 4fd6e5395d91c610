"""Check a file of invented stance articles: python data/stance_invented/check.py FILE.jsonl"""
import json, sys, collections

from attribution.types import STANCE_LABELS

ok = True; labels = collections.Counter(); n_docs = 0
for ln, line in enumerate(open(sys.argv[1]), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        print(f"line {ln}: not JSON: {e}"); ok = False; continue
    n_docs += 1
    for key in ("id", "title", "target", "text", "statements"):
        if key not in d: print(f"line {ln}: missing {key}"); ok = False
    for s in d.get("statements", []):
        if s.get("label") not in STANCE_LABELS or ("label2" in s and s["label2"] not in STANCE_LABELS):
            print(f"line {ln} {d.get('id')}: bad label {s.get('label')!r} / {s.get('label2')!r}"); ok = False
        if s.get("text", "") not in d.get("text", "") or not s.get("text"):
            print(f"line {ln} {d.get('id')}: statement not an exact substring: {s.get('text','')[:80]!r}"); ok = False
        if s.get("text", "")[:1] in "\"“‘'" or s.get("text", "")[-1:] in "\"”’'":
            print(f"line {ln} {d.get('id')}: statement includes its quotation marks: {s.get('text','')[:80]!r}"); ok = False
        labels[s.get("label")] += 1
print(f"{n_docs} articles, {sum(labels.values())} statements, {dict(labels)}", "OK" if ok else "ERRORS")
sys.exit(0 if ok else 1)

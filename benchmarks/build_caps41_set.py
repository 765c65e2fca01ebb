"""caps41's set: English news sentences and their published Portuguese translations, to measure
text written all in capitals (benchmarks/eval_caps41.py).

Source: UniversalDependencies/UD_Portuguese-PUD (CC BY-SA 3.0), ``pt_pud-ud-test.conllu``: each
sentence's ``# text`` (Portuguese, a human translation) and ``# text_en`` (the English original
of the Parallel Universal Dependencies set: news and Wikipedia).

Rules, written before any sentence was read: file order; sentences 41 and on (probe31 and
langcheck40 read the first 20 and 4); an ``n`` (news) id; 6 to 30 words in the English; the
first 150. Usage: ``python benchmarks/build_caps41_set.py PT_PUD_GIT_DIR OUT.jsonl``."""

from __future__ import annotations

import json
import subprocess
import sys


def main() -> None:
    git_dir, out = sys.argv[1], sys.argv[2]
    text = subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:pt_pud-ud-test.conllu"],
                          check=True, capture_output=True, text=True).stdout
    rows: list[dict[str, str]] = []
    cur: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("# sent_id = "):
            cur = {"id": line.split("= ", 1)[1]}
            rows.append(cur)
        elif line.startswith("# text = "):
            cur["pt"] = line.split("= ", 1)[1]
        elif line.startswith("# text_en = "):
            cur["en"] = line.split("= ", 1)[1]
    picked = [r for r in rows[40:] if r["id"].startswith("n") and "en" in r and "pt" in r
              and 6 <= len(r["en"].split()) <= 30][:150]
    with open(out, "w", encoding="utf-8") as f:
        for r in picked:
            f.write(json.dumps({"id": r["id"], "en": r["en"], "pt": r["pt"]}, ensure_ascii=False)
                    + "\n")
    print(f"{len(picked)} sentences -> {out}")


if __name__ == "__main__":
    main()

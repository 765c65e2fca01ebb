"""CPU time of lxml's HTML parser on one element with n attributes (quadratic), against the
linear scan that now refuses such a page (``translate.safexml.crowded_elements``).

Run: ``python benchmarks/bench_crowded_html.py``; prints a table (CPU seconds, one process).
"""

from __future__ import annotations

import platform
import time

from lxml import etree
from lxml import html as lxml_html

from translate.safexml import crowded_elements


def page(n: int) -> str:
    attrs = " ".join(f'a{i}="x"' for i in range(n))
    body = "The minister said the bridge would be rebuilt."
    return f"<html><body><p {attrs}>{body}</p></body></html>"


def main() -> None:
    print(f"# bench_crowded_html: lxml {etree.__version__}, libxml2 "
          f"{'.'.join(map(str, etree.LIBXML_VERSION))}, Python {platform.python_version()}, "
          f"{platform.machine()}; CPU seconds (process time); machine shared")  # fmt: skip
    print("| attributes | lxml document_fromstring | crowded_elements scan |")
    print("|---|---|---|")
    for n in (2_500, 5_000, 10_000, 20_000, 1_000_000):
        text = page(n)
        t0 = time.process_time()
        found = crowded_elements(text)
        scan = time.process_time() - t0
        if n <= 20_000:
            t0 = time.process_time()
            lxml_html.document_fromstring(text)
            parse = f"{time.process_time() - t0:.2f}"
        else:
            parse = "not run"
        print(f"| {n:,} | {parse} | {scan:.3f} ({'refused' if found else 'read'}) |")


if __name__ == "__main__":
    main()

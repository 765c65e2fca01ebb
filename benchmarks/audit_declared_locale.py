"""Is the locale a page declares evidence of how it writes dates in digits?

A page says its locale in ``<html lang>``, ``og:locale`` or a ``Content-Language`` meta
element ("en-US", "en_GB"). For a language that writes numeric dates both ways (English,
Spanish: ``translate.localize.numeric_dates.source_orders``), the declared territory's CLDR
order could settle an ambiguous "05/08/2020" -- if declarations are true. This audit measures
that on the corpus's development pages (the held-out sets, ``eval_realworld.HELD_OUT_SETS``,
and heldout-a/-b are left out), two ways:

* **agreement**: on pages whose own numeric dates show one order (some only one order can
  read, none only the other: ``article_order``), does the declared territory's order agree?
* **declarations a site's country contradicts**: pages whose address is under a country's
  top-level domain (``.co.uk``, ``.com.au``, ``.co.za``...) that declare a territory of another
  order (a British site declaring "en-US", which content systems write by default).

It prints one line per page with a verdict, then the totals (a page counts once: the first of
``<html lang>``, ``og:locale``, ``Content-Language`` that names a territory).

    python benchmarks/audit_declared_locale.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_realworld as ev  # noqa: E402

LEFT_OUT = (*ev.HELD_OUT_SETS, "heldout-a", "heldout-b")
# country-code domains sold worldwide as brand names ("everfit.io", "oneesports.gg"): they
# say nothing of a site's country
VANITY = frozenset(["AC", "AI", "CC", "CO", "FM", "GG", "IO", "LY", "ME", "SH", "TO", "TV", "WS"])


def declared(html: str) -> dict[str, str]:
    """The locales ``html`` declares, by where: "html", "og", "content-language"."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except (ValueError, SyntaxError):
        return {}
    out: dict[str, str] = {}
    lang = (doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    if lang:
        out["html"] = lang
    for el in doc.iter("meta"):
        prop = (el.get("property") or "").strip().lower()
        equiv = (el.get("http-equiv") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if content and prop == "og:locale" and "og" not in out:
            out["og"] = content
        if content and equiv == "content-language" and "content-language" not in out:
            out["content-language"] = content.split(",")[0].strip()
    return out


WHERE = ("html", "og", "content-language")  # the first of these with a territory counts


def visible_text(html: str) -> str:
    """The page's text outside scripts and styles, furniture included (a site's "Updated
    13/08/2020" shows how it writes dates)."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except (ValueError, SyntaxError):
        return ""
    for el in doc.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    return str(doc.text_content())


def territory_order(tag: str) -> tuple[str, str, str] | None:
    """(language, territory, DMY/MDY) of a declared tag with a territory; None otherwise."""
    from translate.locales import get_locale
    from translate.localize.numeric_dates import locale_order

    if not re.fullmatch(r"[A-Za-z]{2,3}[-_][A-Za-z]{2}", tag):
        return None
    locale = get_locale(tag.replace("_", "-"))
    if locale is None or not locale.territory:
        return None
    return locale.language, locale.territory, locale_order(locale)


def site_order(url: str | None, language: str) -> tuple[str, str] | None:
    """(territory, order) of ``language`` in the country of ``url``'s top-level domain, when
    the domain is a country's (".uk" is GB) and CLDR has that locale."""
    from translate.locales import get_locale
    from translate.localize.numeric_dates import locale_order

    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    if len(tld) != 2 or tld in VANITY:
        return None
    territory = {"UK": "GB"}.get(tld, tld)
    locale = get_locale(f"{language}-{territory}")
    if locale is None or locale.territory != territory:
        return None
    return territory, locale_order(locale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    from translate.errors import TranslateError
    from translate.localize.numeric_dates import article_order, source_orders
    from translate.read import page_address, parse_article

    totals: Counter[str] = Counter()
    seen: set[str] = set()
    for name in ev.SETS:
        if name in LEFT_OUT:
            continue
        for page in ev.select(name, ev.load_pages(ev.SETS[name])):
            if page.id in seen:
                continue
            seen.add(page.id)
            html = page.html()
            tags = declared(html)
            told = next((t for w in WHERE if (t := territory_order(tags.get(w, ""))) is not None),
                        None)  # fmt: skip
            if told is None:
                continue
            language, territory, order = told
            orders = source_orders(language)
            if len(orders) < 2:
                continue
            totals["pages declaring a territory of a two-order language"] += 1
            try:
                article = parse_article(html, fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            verdicts = []
            for scope, texts in (("body", [b.text for b in article.blocks]),
                                 ("page", [visible_text(html)])):  # fmt: skip
                shown = article_order(texts, orders)
                if shown is not None:
                    key = "agree" if shown == order else "DISAGREE"
                    totals[f"the {scope}'s own dates show one order: they {key}"] += 1
                    verdicts.append(f"{scope} dates {shown}: {key}")
            site = site_order(page_address(html, article.meta.get("url")), language)
            if site is not None and site[0] != territory:
                key = "same order" if site[1] == order else "OTHER ORDER"
                totals[f"a country's domain of another territory: {key}"] += 1
                verdicts.append(f"domain {site[0]} ({site[1]}): {key}")
            if verdicts:
                print(f"{name}/{page.id}\t{language}-{territory} ({order})\t" + "; ".join(verdicts))
    print()
    for key, value in sorted(totals.items()):
        print(f"{value:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

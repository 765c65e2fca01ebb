"""A feed that declares no encoding and is not UTF-8 (langid18): the encoding is guessed from the
bytes (charset-normalizer) and said in a warning; a declared encoding is never second-guessed.

``eucjp-ja.rss`` is feedparser's real EUC-JP test feed (tests/data/realworld/feeds/NOTICE.md):
main read its one item as replacement characters, and the item failed with "cannot tell"."""

from __future__ import annotations

from pathlib import Path

from translate.feeds.reader import FeedReader

FEEDS = Path(__file__).resolve().parent.parent / "data" / "realworld" / "feeds"


def test_an_undeclared_euc_jp_feed_is_read_as_japanese() -> None:
    reader = FeedReader(FEEDS / "eucjp-ja.rss")
    items = list(reader)
    assert [i.title for i in items] == ["ゲーム三昧な正月"]
    assert reader.encoding_guess == "euc_jp"
    assert any("no encoding declared" in w and "euc_jp" in w for w in reader.warnings)


def test_an_undeclared_koi8_r_feed_is_read_as_russian() -> None:
    reader = FeedReader(FEEDS / "koi8r-ru.rss")
    assert [i.title for i in reader] == ["Как пережить новогоднюю ночь"]


def _feed(tmp_path: Path, declaration: str, title: str, encoding: str) -> Path:
    path = tmp_path / "f.rss"
    path.write_bytes((f"{declaration}<rss version=\"2.0\"><channel><title>t</title>"
                      f"<item><title>{title}</title></item></channel></rss>").encode(encoding))
    return path


def test_a_declared_encoding_is_not_guessed(tmp_path: Path) -> None:
    path = _feed(tmp_path, '<?xml version="1.0" encoding="iso-8859-1"?>', "Café à Paris", "latin-1")
    reader = FeedReader(path)
    assert [i.title for i in reader] == ["Café à Paris"]
    assert reader.encoding_guess is None and reader.warnings == []


def test_undeclared_utf8_is_not_guessed(tmp_path: Path) -> None:
    reader = FeedReader(_feed(tmp_path, "", "Как пережить ночь", "utf-8"))
    assert [i.title for i in reader] == ["Как пережить ночь"]
    assert reader.encoding_guess is None and reader.warnings == []


UOL = Path(__file__).resolve().parent.parent / "data" / "probe28" / "uolNoticias.rss"


def test_an_undeclared_windows_1252_portuguese_feed_is_read_as_portuguese() -> None:
    """probe28: UOL Notícias' real feed (tests/data/probe28/NOTICE.md), windows-1252 with no
    declaration. charset-normalizer ranks the Baltic cp1257 first at the same "chaos" as
    cp1252, and main read "simulaēões", "Lķder", "nćo": 13 of its 15 items garbled, 9 of them
    published in the public feed. The reading whose accented words the engines know is taken."""
    reader = FeedReader(UOL)
    items = list(reader)
    assert reader.encoding_guess == "cp1252"
    assert items[0].title == ("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações"
                              " de 2º turno")
    text = " ".join(f"{i.title} {i.summary or ''}" for i in items)
    assert "não tem o mesmo desempenho" in text and "ķ" not in text and "ć" not in text
    assert any("no encoding declared" in w and "cp1252" in w for w in reader.warnings)

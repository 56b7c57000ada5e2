"""Snippets: the text around the query's words, each marked, where the database has no
headline of its own (SQLite, and the languages PostgreSQL does not stem)."""

import re

from search.languages import fold_accents, language
from search.query import MARK_END, MARK_START


def mark_words(text: str, words: list[str], locale: str, width: int = 220) -> str:
    """A window of ``text`` around the first query word, each occurrence between markers.

    Words are compared after the same folding the index applies, so ``racun`` marks
    ``račun`` and a Chinese two-character word marks its place in the sentence.
    """
    wanted = {w for w in words if w}
    if not wanted:
        return text[:width]
    spoken = language(locale)
    folded = fold_accents(text) if spoken.folded else text.lower()
    spans = []
    for word in wanted:
        pattern = re.escape(word) if spoken.segmented else rf"\b{re.escape(word)}\w*"
        spans += [m.span() for m in re.finditer(pattern, folded)]
    if not spans:
        return text[:width]
    spans.sort()
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for begin, finish in spans:
        if begin < cursor or finish > end:
            continue
        pieces += [text[cursor:begin], MARK_START, text[begin:finish], MARK_END]
        cursor = finish
    pieces.append(text[cursor:end])
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else "")

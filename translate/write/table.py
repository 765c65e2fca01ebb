"""Data tables in the editions: the reader's cells laid out again with their source's shape.

The reader marks each cell's block (``Block.cell``: table, row, column); every format writes
the grid these give back (Markdown a pipe table, HTML a ``<table>``, JSON a ``table`` block)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import EditionBlock

Grid = list[list[list[int]]]  # rows x columns: the indexes of the blocks of each cell


def runs(blocks: Sequence[EditionBlock]) -> Iterator[tuple[int, int]]:
    """The ``[start, end)`` index ranges of the tables in ``blocks``: consecutive cells of one
    table (a block between two cells of a table, an image say, ends it)."""
    i = 0
    while i < len(blocks):
        cell = blocks[i].cell
        if cell is None:
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and (c := blocks[j].cell) is not None and c[0] == cell[0]:
            j += 1
        yield i, j
        i = j


def grid(blocks: Sequence[EditionBlock], start: int, end: int) -> Grid:
    """The table of ``blocks[start:end]`` as rows of columns of block indexes (an empty cell:
    an empty list; several paragraphs of one cell: several indexes), as wide as its widest row
    and as long as its last row."""
    cells = [(i, c) for i in range(start, end) if (c := blocks[i].cell) is not None]
    rows = 1 + max(c[1] for _, c in cells)
    cols = 1 + max(c[2] for _, c in cells)
    out: Grid = [[[] for _ in range(cols)] for _ in range(rows)]
    for i, (_, row, col) in cells:
        out[row][col].append(i)
    return out


def place(block: EditionBlock) -> str:
    """Where a cell stands, for a translator ("table 1, row 2, column 3"); "" for a block
    outside a table."""
    if block.cell is None:
        return ""
    table, row, col = block.cell
    return f"table {table + 1}, row {row + 1}, column {col + 1}"

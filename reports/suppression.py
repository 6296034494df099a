"""The one small-number rule: every table on the report pages and in every export goes through
`suppress` (and gains through `gain_cell`, shares through `share_cell`).

Primary suppression: a cell counting 1 to 4 people is shown as "< 5". Zero is published as 0: a
zero says nobody was counted, and reveals nothing about a person.

Complementary suppression: a table with published totals is a set of lines (each row with its
row total, each column with its column total, the row of column totals with the grand total).
A line with exactly one hidden cell would let anyone compute it (total minus the rest), so the
smallest other cell of that line is hidden too (shown "×", never its value), preferring
non-zero inner cells, then zero ones, then the total; this is repeated over all lines until
no line has exactly one hidden cell.
Lines whose total is not published are not constraints and need nothing.

Mean gains are shown only for groups of at least 5 pairs; a share is shown only when its
denominator is at least 5 and its numerator is not a hidden count.
"""

from dataclasses import dataclass

THRESHOLD = 5
LOW_TEXT = "< 5"
HIDDEN_TEXT = "×"
NO_GAIN_TEXT = "–"


@dataclass(frozen=True)
class Cell:
    value: float | int | None
    suppressed: bool = False
    primary: bool = False
    kind: str = "count"  # count, gain, score, share, text

    @property
    def text(self):
        if self.suppressed:
            if self.kind == "count":
                return LOW_TEXT if self.primary else HIDDEN_TEXT
            return NO_GAIN_TEXT
        if self.value is None:
            return NO_GAIN_TEXT
        if self.kind == "count":
            return f"{int(self.value):,}".replace(",", ".")
        if self.kind == "gain":
            sign = "+" if self.value > 0 else ""
            return f"{sign}{self.value:.1f}".replace(".", ",")
        if self.kind == "score":
            return f"{self.value:.1f}".replace(".", ",")
        if self.kind == "share":
            return f"{self.value:.1f}".replace(".", ",") + " %"
        return str(self.value)

    @property
    def export_value(self):
        """What a spreadsheet cell holds: the number when published, else the mark."""
        if self.suppressed or self.value is None:
            return self.text
        return self.value

    def __str__(self):
        return self.text


@dataclass
class Table:
    cells: list  # rows of Cell
    row_totals: list | None = None
    column_totals: list | None = None
    grand_total: Cell | None = None


def _is_primary(value, threshold):
    return value is not None and 0 < value < threshold


def suppress(values, *, row_totals=False, column_totals=False, people=None, threshold=THRESHOLD):
    """A Table of Cells for a grid of counts (rows of ints), with the requested totals computed
    and published. `people`: per column, whether it counts people (default: all do); columns
    that do not (sessions held) are never suppressed and are no constraint. With row totals,
    every column must count people."""
    values = [list(row) for row in values]
    n_rows = len(values)
    n_cols = len(values[0]) if values else (len(people) if people else 0)
    people = list(people) if people is not None else [True] * n_cols
    if row_totals and not all(people):
        raise ValueError("row totals need every column to count people")
    # The extended grid: data, then a row-total column, then a column-total row.
    grid = [row + ([sum(row)] if row_totals else []) for row in values]
    col_people = people + ([True] if row_totals else [])
    if column_totals:
        width = n_cols + (1 if row_totals else 0)
        grid.append([sum(grid[i][j] for i in range(n_rows)) for j in range(width)])
    height, width = len(grid), (len(grid[0]) if grid else 0)
    primary = [
        [col_people[j] and _is_primary(grid[i][j], threshold) for j in range(width)]
        for i in range(height)
    ]
    hidden = [row[:] for row in primary]

    lines = []  # (member cells, index of the total among them)
    if row_totals:
        for i in range(height):
            lines.append([(i, j) for j in range(width)])
    if column_totals:
        for j in range(width):
            if col_people[j]:
                lines.append([(i, j) for i in range(height)])

    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for i, j in line if hidden[i][j]) != 1:
                continue
            # The smallest other cell, a non-zero one if any: a hidden zero protects little
            # where zeros are common (no session yet in January).
            inner = [
                (grid[i][j] == 0, grid[i][j], k)
                for k, (i, j) in enumerate(line[:-1])
                if not hidden[i][j]
            ]
            if inner:
                *_, k = min(inner)
                i, j = line[k]
            else:
                i, j = line[-1]
            hidden[i][j] = True
            changed = True

    def cell(i, j):
        return Cell(grid[i][j], suppressed=hidden[i][j], primary=primary[i][j])

    table = Table(cells=[[cell(i, j) for j in range(n_cols)] for i in range(n_rows)])
    if row_totals:
        table.row_totals = [cell(i, n_cols) for i in range(n_rows)]
    if column_totals:
        table.column_totals = [cell(n_rows, j) for j in range(n_cols)]
        if row_totals:
            table.grand_total = cell(n_rows, n_cols)
    return table


def gain_cell(mean_gain, pairs, *, threshold=THRESHOLD):
    """A mean gain in points, shown only for `threshold` pairs or more."""
    if mean_gain is None or pairs < threshold:
        return Cell(None, suppressed=pairs > 0, kind="gain")
    return Cell(round(mean_gain, 1), kind="gain")


def share_cell(numerator, denominator, *, numerator_cell=None, threshold=THRESHOLD):
    """A percentage, hidden when its denominator counts fewer than `threshold` people or its
    numerator is a hidden count (the share times the denominator would give it away)."""
    if not denominator:
        return Cell(None, kind="share")
    hidden = denominator < threshold or bool(numerator_cell and numerator_cell.suppressed)
    if not hidden and numerator_cell is None:
        hidden = _is_primary(numerator, threshold)
    return Cell(round(100 * numerator / denominator, 1), suppressed=hidden, kind="share")

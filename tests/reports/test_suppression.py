"""The one small-number rule (reports/suppression.py): unit tests of its edges and property
tests over random tables with published row and column totals."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.suppression import (
    HIDDEN_TEXT,
    LOW_TEXT,
    NO_GAIN_TEXT,
    gain_cell,
    share_cell,
    suppress,
)

counts = st.one_of(st.integers(0, 4), st.integers(5, 60), st.integers(100, 5000))
grids = st.integers(1, 6).flatmap(
    lambda width: st.lists(st.lists(counts, min_size=width, max_size=width), min_size=1, max_size=7)
)


def extended(table, *, row_totals, column_totals):
    """The table with its margins as one grid of Cells (what is published, row by row)."""
    grid = [
        list(cells) + ([table.row_totals[i]] if row_totals else [])
        for i, cells in enumerate(table.cells)
    ]
    if column_totals:
        grid.append(list(table.column_totals) + ([table.grand_total] if row_totals else []))
    return grid


def lines(grid, *, row_totals, column_totals):
    found = []
    if row_totals:
        found += list(grid)
    if column_totals:
        found += [[row[j] for row in grid] for j in range(len(grid[0]))]
    return found


def check(values, *, row_totals, column_totals):
    table = suppress(values, row_totals=row_totals, column_totals=column_totals)
    grid = extended(table, row_totals=row_totals, column_totals=column_totals)
    for row in grid:
        for cell in row:
            # No published count of 1-4 people; zero is published (unless hidden to protect
            # another cell); a hidden cell shows only its mark.
            if 0 < cell.value < 5:
                assert cell.suppressed and cell.text == LOW_TEXT
            if cell.suppressed:
                assert cell.text in (LOW_TEXT, HIDDEN_TEXT)
                assert cell.export_value in (LOW_TEXT, HIDDEN_TEXT)
            else:
                assert cell.export_value == cell.value
    for line in lines(grid, row_totals=row_totals, column_totals=column_totals):
        hidden = [cell for cell in line if cell.suppressed]
        # One hidden cell in a line with a published total could be computed exactly.
        assert len(hidden) != 1
        *inner, total = line
        if not hidden:
            assert total.value == sum(cell.value for cell in inner)
        elif not total.suppressed:
            # What the published cells leave for the hidden ones is shared by at least two.
            left = total.value - sum(cell.value for cell in inner if not cell.suppressed)
            assert left == sum(cell.value for cell in hidden)
            assert len(hidden) >= 2
    return table


@settings(max_examples=400, deadline=None)
@given(grids)
def test_no_hidden_cell_can_be_computed_with_both_totals(values):
    check(values, row_totals=True, column_totals=True)


@settings(max_examples=300, deadline=None)
@given(grids)
def test_column_totals_only(values):
    check(values, row_totals=False, column_totals=True)


@settings(max_examples=200, deadline=None)
@given(grids)
def test_row_totals_only(values):
    check(values, row_totals=True, column_totals=False)


@settings(max_examples=200, deadline=None)
@given(grids)
def test_without_totals_only_small_counts_are_hidden(values):
    table = suppress(values)
    for row, cells in zip(values, table.cells, strict=True):
        for value, cell in zip(row, cells, strict=True):
            assert cell.suppressed == (0 < value < 5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(counts, counts), min_size=1, max_size=8))
def test_columns_that_do_not_count_people_are_never_hidden(rows):
    table = suppress([list(row) for row in rows], column_totals=True, people=[True, False])
    assert not any(cells[1].suppressed for cells in table.cells)
    assert not table.column_totals[1].suppressed


# -- edges -------------------------------------------------------------------------------------


def texts(table):
    return [[cell.text for cell in row] for row in table.cells]


def test_small_counts_show_less_than_five_and_zero_is_published():
    assert texts(suppress([[0, 1, 4, 5, 1200]])) == [["0", LOW_TEXT, LOW_TEXT, "5", "1.200"]]


def test_one_small_cell_in_a_row_with_its_total_hides_the_next_smallest():
    table = suppress([[3, 40, 7]], row_totals=True)
    assert texts(table) == [[LOW_TEXT, "40", HIDDEN_TEXT]]
    assert table.row_totals[0].text == "50"


def test_a_zero_is_hidden_only_when_no_other_cell_can_protect():
    assert texts(suppress([[3, 0, 100]], row_totals=True)) == [[LOW_TEXT, "0", HIDDEN_TEXT]]
    # Here the total itself is small and hidden: the line already has two hidden cells.
    table = suppress([[3, 0]], row_totals=True)
    assert texts(table) == [[LOW_TEXT, "0"]]
    assert table.row_totals[0].text == LOW_TEXT


def test_a_single_cell_line_hides_its_total():
    table = suppress([[2]], row_totals=True, column_totals=True)
    assert table.row_totals[0].suppressed and table.column_totals[0].suppressed
    assert table.grand_total.suppressed


def test_complementary_suppression_spreads_until_stable():
    # Hiding the 6 in the first row leaves the second column with one hidden cell: the 8
    # below is hidden in turn, and then its row needs a second one too.
    table = suppress([[2, 6, 50], [30, 8, 9], [40, 60, 70]], row_totals=True, column_totals=True)
    check([[2, 6, 50], [30, 8, 9], [40, 60, 70]], row_totals=True, column_totals=True)
    assert sum(cell.suppressed for row in table.cells for cell in row) >= 4


def test_empty_table():
    table = suppress([], column_totals=True, people=[True, True])
    assert table.cells == []
    assert [cell.text for cell in table.column_totals] == ["0", "0"]


def test_row_totals_need_people_counts():
    import pytest

    with pytest.raises(ValueError):
        suppress([[1, 2]], row_totals=True, people=[True, False])


def test_gain_only_for_five_pairs_or_more():
    assert gain_cell(12.34, 5).text == "+12,3"
    assert gain_cell(-3.0, 7).text == "-3,0"
    assert gain_cell(50.0, 4).text == NO_GAIN_TEXT
    assert gain_cell(50.0, 4).suppressed
    assert gain_cell(None, 0).text == NO_GAIN_TEXT


def test_shares_need_five_answers_and_a_published_numerator():
    assert share_cell(3, 4).suppressed
    assert share_cell(2, 40).suppressed  # 5 % of 40 would give the 2 away
    assert share_cell(10, 40).text == "25,0 %"
    assert share_cell(0, 40).text == "0,0 %"
    assert share_cell(0, 0).value is None

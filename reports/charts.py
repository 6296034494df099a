"""Bar charts drawn on the server as inline SVG: no JavaScript, no build step. Each chart has a
<title> and a <desc> and sits beside the table it draws (the table is the accessible text).
Only published cells are drawn; a suppressed cell gets no bar, only its mark ("< 5", "×")."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

COLOURS = ["#1f5fa8", "#2e7d32", "#b5651d", "#6a3d9a"]
TEXT = "#1b1b1b"
GRID = "#c8c8c8"


def _value(cell):
    if cell is None or cell.suppressed or cell.value is None:
        return None
    return float(cell.value)


def series_of(table):
    """[(name, colour, [Cell per row])] of the table's charted columns."""
    return [
        (table.headers[index], COLOURS[n % len(COLOURS)], [cells[index] for _, cells in table.rows])
        for n, index in enumerate((table.chart or {}).get("series", []))
    ]


def scale_max(values):
    top = max([v for v in values if v is not None] or [0])
    if top <= 0:
        return 1
    magnitude = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if top <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _fmt(value):
    return f"{int(value):,}".replace(",", ".")


def _legend(series, x, y):
    parts = []
    for name, colour, _ in series:
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 18}" y="{y}" font-size="12" fill="{TEXT}">{escape(name)}</text>'
        )
        x += 30 + 7 * len(name)
    return "".join(parts)


def bar_chart(table, *, chart_id):
    """The table's chart as an SVG string (safe to put in a page)."""
    series = series_of(table)
    labels = [labels[0] for labels, _ in table.rows]
    if not series or not labels:
        return ""
    if (table.chart or {}).get("horizontal"):
        body, width, height = _horizontal(series, labels)
    else:
        body, width, height = _vertical(series, labels)
    names = ", ".join(name for name, _, _ in series)
    title = f"Diagram batang: {table.title}"
    desc = (
        f"{names} untuk {len(labels)} {table.label_headers[0].lower()}. Angka kecil (di bawah 5) "
        "tidak digambar. Angka lengkap ada di tabel di sampingnya."
    )
    # Every text in it went through escape(); the rest are numbers this module computed.
    return mark_safe(  # noqa: S308
        f'<svg class="laporan-diagram" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-labelledby="{chart_id}-judul {chart_id}-ket" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">'
        f'<title id="{chart_id}-judul">{escape(title)}</title>'
        f'<desc id="{chart_id}-ket">{escape(desc)}</desc>{body}</svg>'
    )


def _vertical(series, labels):
    width, left, top, plot_h = 720, 56, 30, 220
    height = top + plot_h + 50
    plot_w = width - left - 10
    top_value = scale_max([_value(c) for _, _, cells in series for c in cells])
    group = plot_w / len(labels)
    bar = max(2.0, min(18.0, (group - 6) / len(series)))
    parts = [_legend(series, left, 16)]
    for tick in range(5):
        value = top_value * tick / 4
        y = top + plot_h - plot_h * tick / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="{GRID}" '
            f'stroke-width="1"/><text x="{left - 6}" y="{y + 4:.1f}" font-size="11" '
            f'text-anchor="end" fill="{TEXT}">{_fmt(value)}</text>'
        )
    for i, label in enumerate(labels):
        x0 = left + i * group + (group - bar * len(series)) / 2
        for s, (_, colour, cells) in enumerate(series):
            x = x0 + s * bar
            value = _value(cells[i])
            if value is None:
                mark = escape(cells[i].text) if cells[i] is not None else ""
                parts.append(
                    f'<text x="{x + bar / 2:.1f}" y="{top + plot_h - 4}" font-size="9" '
                    f'text-anchor="middle" fill="{TEXT}">{mark}</text>'
                )
                continue
            h = plot_h * value / top_value
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar - 1:.1f}" '
                f'height="{h:.1f}" fill="{colour}"/>'
            )
        short = label.split(" ")[0][:3] + (" " + label.split(" ")[-1][-2:] if " " in label else "")
        parts.append(
            f'<text x="{left + i * group + group / 2:.1f}" y="{top + plot_h + 16}" font-size="11" '
            f'text-anchor="middle" fill="{TEXT}">{escape(short)}</text>'
        )
    return "".join(parts), width, height


def _horizontal(series, labels):
    width, left, top = 720, 210, 30
    row_h = 8 + 12 * len(series)
    height = top + row_h * len(labels) + 10
    plot_w = width - left - 60
    top_value = scale_max([_value(c) for _, _, cells in series for c in cells])
    parts = [_legend(series, 10, 16)]
    for i, label in enumerate(labels):
        y0 = top + i * row_h
        short = label.replace("Kota Administrasi ", "").replace("Kabupaten Administrasi ", "")
        parts.append(
            f'<text x="{left - 8}" y="{y0 + row_h / 2 + 4:.1f}" font-size="12" text-anchor="end" '
            f'fill="{TEXT}">{escape(short[:30])}</text>'
        )
        for s, (_, colour, cells) in enumerate(series):
            y = y0 + 4 + s * 12
            value = _value(cells[i])
            if value is None:
                mark = escape(cells[i].text) if cells[i] is not None else ""
                parts.append(
                    f'<text x="{left + 4}" y="{y + 9}" font-size="10" fill="{TEXT}">{mark}</text>'
                )
                continue
            w = plot_w * value / top_value
            parts.append(
                f'<rect x="{left}" y="{y}" width="{w:.1f}" height="10" fill="{colour}"/>'
                f'<text x="{left + w + 4:.1f}" y="{y + 9}" font-size="10" fill="{TEXT}">'
                f"{_fmt(value)}</text>"
            )
    return "".join(parts), width, height

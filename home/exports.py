"""Spreadsheet exports that are safe to open: one rule for every CSV the site and admin write.

A learner types their own name, and a name such as =HYPERLINK("http://…","klik") is evaluated by
a spreadsheet when a facilitator opens the CSV. OWASP's rule: a cell that starts with =, +, -, @,
a tab or a carriage return gets a leading single quote, so it is shown as the text it is. XLSX
cells are written as text by openpyxl and need nothing.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """Put before Wagtail's view class (its IndexView or ReportView) in the bases."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return inert_cell(value)
        return value

"""Requests that no page can answer are refused before any view runs, with an Indonesian page.

Each shape here once gave a 500 deep inside Django or the database driver: a form posted in a
charset Python does not know (Django's CSRF check and its own 400 handler both decode the body),
a NUL byte (PostgreSQL refuses it in any text), and an id beyond the 64-bit range of the
database's integers (SQLite raises OverflowError, PostgreSQL "out of range"). Refusing them here,
at the door, covers every URL, Wagtail's admin included, and writes nothing.
"""

import codecs
import re

from django.shortcuts import render

# The largest id either database can store: 2^63 - 1.
MAX_ID = 2**63 - 1
_NUMBER = re.compile(r"^\d+$")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _bad_charset(request):
    charset = request.content_params.get("charset")
    if not charset:
        return False
    try:
        codecs.lookup(charset)
    except LookupError:
        return True
    return False


def _has_nul(request):
    if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", "").lower():
        return True
    if request.method == "POST" and request.content_type in _FORM_TYPES:
        return any("\x00" in value for values in request.POST.lists() for value in values[1])
    return False


def _id_out_of_range(request):
    return any(
        _NUMBER.match(part) and int(part) > MAX_ID for part in request.path.split("/") if part
    )


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _id_out_of_range(request):
            return render(request, "404.html", status=404)
        if _bad_charset(request):
            return render(request, "400.html", status=400)
        try:
            refused = _has_nul(request)
        except (UnicodeDecodeError, ValueError):
            # A body that does not decode in its own declared charset.
            refused = True
        if refused:
            return render(request, "400.html", status=400)
        return self.get_response(request)

"""Personal slots: the few parts of a shared page that differ per visitor.

A page marks such a part with {% personal "name" %}...{% endpersonal %}. The anonymous rendering,
with those parts as a guest sees them, is what the page cache stores. For a logged-in learner the
middleware takes that same cached page and re-renders only the marked parts for them (their name,
their progress, a form with their CSRF token): a few small templates and one or two queries
instead of routing and rendering the whole page.

Each slot has a renderer registered here by name; the page's template includes the same partial
through the same context function, so both paths produce the same markup.
"""

import re

_SLOT = re.compile(r"<!--personal:(\w+)-->.*?<!--/personal:\1-->", re.S)
_renderers = {}


def register(name):
    def decorator(function):
        _renderers[name] = function
        return function

    return decorator


def wrap(name, html):
    return f"<!--personal:{name}-->{html}<!--/personal:{name}-->"


def fill(html, request, meta):
    """Replace every personal slot in a cached page with its rendering for this request."""

    def render(match):
        name = match.group(1)
        return wrap(name, _renderers[name](request, meta))

    return _SLOT.sub(render, html)

"""Sections that apps above courses add to "Kursus saya" (the sessions a learner joined, for
example), so that the page never imports them: each renders its own HTML for the request."""

_sections = []


def register_section(render):
    """`render(request)` returns HTML (or "" when it has nothing for this learner)."""
    _sections.append(render)
    return render


def sections(request):
    return [html for html in (render(request) for render in _sections) if html]

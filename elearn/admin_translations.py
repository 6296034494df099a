"""Wagtail admin words that Wagtail's own Indonesian catalogue leaves in English.

Listing them here keeps them in this project's `id` catalogue (makemessages finds them), where
their translations override the English originals.
"""

from django.utils.translation import gettext_noop as _

STRINGS = [
    _("Reports"),
    _("Help"),
    _("Collapse all"),
    _("Expand all"),
]

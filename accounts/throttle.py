"""Password guessing is stopped on every login path (allauth's, the Wagtail admin's, Wagtail's
private-page login) by django-axes at the authentication backend, so no form can bypass it.

An account is one key whatever the learner types: its username or its email, in any case. An
address gets six times the room of one account, because a whole kelurahan hall signs in from
behind one Wi-Fi address and some will mistype.
"""

import math

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render

from .models import User

ADDRESS_ROOM = 20


def account_key(request, credentials=None):
    """The account a login attempt names: its username, case-folded (AXES_USERNAME_CALLABLE)."""
    credentials = credentials or {}
    data = getattr(request, "POST", {}) if request is not None else {}
    typed = (
        credentials.get("username")
        or credentials.get("email")
        or data.get("login")
        or data.get("username")
        or ""
    )
    typed = str(typed).strip().casefold()[:254]
    if "@" in typed:
        username = (
            User.objects.filter(email__iexact=typed).values_list("username", flat=True).first()
        )
        if username:
            return username.casefold()
    return typed or None


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Locks an account after 5 failures, an address after 5 x 20 = 100 (AXES_LOCKOUT_PARAMETERS
    is ["username", "ip_address"], so axes hands us one queryset per parameter, in order)."""

    def get_failures(self, request, credentials=None):
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        return max(by_account, by_address // ADDRESS_ROOM)


def lockout_response(request, original_response=None, credentials=None):
    """The page a refused login gets, on every path: what happened and how long to wait."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "accounts/locked_out.html", context, status=429)

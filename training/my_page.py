"""The sessions a learner joined, on their "Kursus saya", with a way to leave each."""

from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from courses.my_page import register_section

from .models import Membership


@register_section
def my_sessions(request):
    memberships = list(
        Membership.objects.filter(learner=request.user, left_at__isnull=True)
        .select_related("session__kelurahan")
        .order_by("-joined_at")
    )
    if not memberships:
        return ""
    return render_to_string(
        "training/my_sessions.html",
        {"memberships": memberships, "csrf_token": get_token(request)},
    )

"""Account events the courses app reacts to."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .progress import claim_guest_progress


@receiver(user_logged_in, dispatch_uid="courses_carry_over_guest_progress")
def carry_over_guest_progress(sender, request, user, **kwargs):
    """Lessons a guest marked done before signing up or logging in become theirs."""
    if request is None or not hasattr(request, "session"):
        return
    claim_guest_progress(session=request.session, user=user)

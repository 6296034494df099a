from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in)
def carry_over_guest_progress(sender, request, user, **kwargs):
    """Lessons a guest marked done before signing up or logging in become theirs."""
    if request is None or not hasattr(request, "session"):
        return
    from courses.progress import claim_guest_progress

    claim_guest_progress(session=request.session, user=user)

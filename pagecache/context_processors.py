from django.utils.functional import SimpleLazyObject

from .generation import current_generation


def content_generation(request):
    """The content generation, for keys of cached template fragments (read only when used)."""
    return {"content_generation": SimpleLazyObject(lambda: str(current_generation()))}

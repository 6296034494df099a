"""Two Content-Security-Policies: a strict one for the public site and the one Wagtail's admin
needs, scoped to /admin/.

Public pages run only the site's own static script and style: no inline code, nothing from
elsewhere but the two video hosts (after a click), and they may not be framed by anyone. The
admin's editor needs inline scripts and eval (Draftail, Stimulus controllers, Wagtail's own
templates) and frames its own preview, so its pages allow that and may be framed by the admin
itself; the preview views live under /admin/, so an editor's preview gets the admin's policy.
"""

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

VIDEO_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
VIDEO_THUMBNAILS = ["https://i.ytimg.com"]

PUBLIC = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:", *VIDEO_THUMBNAILS],
    "frame-src": VIDEO_HOSTS,
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN = {
    **PUBLIC,
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *VIDEO_THUMBNAILS],
    # The preview panel frames the page being edited; video embeds in that preview too.
    "frame-src": [SELF, *VIDEO_HOSTS],
    "frame-ancestors": [SELF],
}

ADMIN_PREFIX = "/admin/"


def is_admin(request):
    return request.path_info.startswith(ADMIN_PREFIX)


class SitePolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            parts.config = ADMIN if is_admin(request) else PUBLIC
        return parts

    def process_response(self, request, response):
        # Public pages are never framed; the admin frames its own previews. Set before
        # XFrameOptionsMiddleware, which keeps a header a response already has.
        if "X-Frame-Options" not in response:
            response["X-Frame-Options"] = "SAMEORIGIN" if is_admin(request) else "DENY"
        return super().process_response(request, response)

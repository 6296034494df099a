"""Page types whose guest rendering may be stored in the shared page cache."""


class AnonymousCacheablePage:
    """Mixin for Page types whose guest rendering may be shared by all visitors.

    `personal_meta()` names what the personal slots of this page need to be re-rendered for a
    learner (ids and paths, never content); the base version has none.
    """

    def personal_meta(self):
        return {"page_id": self.pk, "page_path": self.path}

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            response = super().serve(request, *args, **kwargs)
            # Shows this learner's own progress: never for a shared cache.
            response["Cache-Control"] = "private, no-cache"
            return response
        # Wagtail's view-restriction hook has already run: a restricted page reaches this
        # point for a guest only after a page password, which _has_guest_state() looks for.
        request.anonymous_page_cacheable = True
        request.personal_meta = self.personal_meta()
        return super().serve(request, *args, **kwargs)

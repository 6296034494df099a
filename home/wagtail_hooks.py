from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .deletion import dependents_of, refusal_message


def _refuse(request, pages, title, back):
    found = dependents_of(pages)
    if not found:
        return None
    messages.error(request, refusal_message(title, found))
    return redirect("wagtailadmin_explore", back.pk)


@hooks.register("before_delete_page")
def keep_pages_learners_depend_on(request, page):
    return _refuse(request, [page], page.title, page.get_parent())


@hooks.register("before_bulk_action")
def keep_pages_learners_depend_on_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not hasattr(objects[0], "get_descendants"):
        return None
    titles = ", ".join(page.title for page in objects[:3])
    return _refuse(request, objects, titles, objects[0].get_parent())

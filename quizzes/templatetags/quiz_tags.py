from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`answers|get_item:question.id`: the learner's choices for one question (or none)."""
    return mapping.get(key, ()) if mapping else ()

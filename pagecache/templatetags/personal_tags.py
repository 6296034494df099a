from django import template

from pagecache.personal import wrap

register = template.Library()


@register.tag
def personal(parser, token):
    """{% personal "name" %}...{% endpersonal %}: a part re-rendered for each logged-in learner."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% personal %} takes one argument: the slot name.")
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    return PersonalNode(bits[1].strip("\"'"), nodelist)


class PersonalNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        return wrap(self.name, self.nodelist.render(context))

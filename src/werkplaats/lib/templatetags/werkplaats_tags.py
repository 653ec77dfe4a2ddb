from django import template
from django.utils.safestring import mark_safe

from werkplaats.lib.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    # Safe to mark: render_markdown sanitises its output with nh3.
    return mark_safe(render_markdown(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed, for pagination links."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()

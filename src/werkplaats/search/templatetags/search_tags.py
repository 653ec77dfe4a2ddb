"""The checkboxes of a facet, made in Python: a page has up to a hundred of them, and the
template language needs ten times as long for the same HTML."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

OPTION = (
    '<div class="utrecht-form-field utrecht-form-field--checkbox">'
    '<div class="utrecht-form-field__input">'
    '<input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" '
    'name="{}" value="{}" id="{}"{}> '
    '<label class="utrecht-form-label utrecht-form-label--checkbox" for="{}">'
    '{} <span class="werkplaats-muted">({})</span></label></div></div>'
)

CHECKED = mark_safe(" checked")


@register.simple_tag
def facet_options(facet):
    """One checkbox with its label and count per value; chosen values are checked."""
    return format_html_join(
        "\n",
        OPTION,
        (
            (
                facet.name,
                value.value,
                f"filter-{facet.name}-{number}",
                CHECKED if value.selected else "",
                f"filter-{facet.name}-{number}",
                value.label,
                value.count,
            )
            for number, value in enumerate(facet.values, 1)
        ),
    )

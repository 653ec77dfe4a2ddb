"""``{% elsewhere obj %}``: the "In andere werkplaatsen" section of a detail page.

On a page that shows several items (the agenda page with its themes), give them all with
``among`` so that they are looked up together, once, in a fixed number of queries::

    {% load matching_tags %}{% elsewhere question %}
    {% load matching_tags %}{% elsewhere theme among=page.themes level=4 %}
"""

from django import template

from werkplaats.matching import engine, registry

register = template.Library()

TEMPLATE = "matching/includes/elsewhere.html"


@register.inclusion_tag(TEMPLATE, takes_context=True)
def elsewhere(context, obj, among=None, level=2, limit=engine.LIMIT):
    """The most similar public items of other werkplaatsen than ``obj``'s."""
    suggestions = []
    if obj is not None and getattr(obj, "pk", None) and registry.is_registered(obj):
        if among is None:
            suggestions = engine.similar_to_object(obj, limit=limit)
        else:
            # One lookup for every item on the page, kept for the rest of this render.
            cache = context.render_context.setdefault("matching_elsewhere", {})
            if id(among) not in cache:
                cache[id(among)] = engine.similar_to_objects(list(among), limit=limit)
            suggestions = cache[id(among)].get(engine.object_key(obj), [])
    try:
        level = min(max(int(level), 2), 6)
    except (TypeError, ValueError):
        level = 2
    return {
        "suggestions": suggestions,
        "level": level,
        "section_id": f"elders-{obj._meta.model_name}-{obj.pk}" if suggestions else "",
    }

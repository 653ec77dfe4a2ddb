"""Writes go through the site's own forms (the same checks, the same messages) before the
services: a JSON body is turned into the form data a browser would send."""

from django.http import QueryDict

from werkplaats.api.errors import invalid


def form_data(values: dict) -> QueryDict:
    """A QueryDict of ``values``: lists become repeated fields, None an empty field."""
    data = QueryDict(mutable=True)
    for name, value in values.items():
        if isinstance(value, list | tuple):
            data.setlist(name, [str(item) for item in value])
        elif value is None:
            data[name] = ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return data


def pks_of(queryset, slugs, field: str) -> list[int]:
    """The ids of the rows with these slugs; an unknown slug is refused with its field."""
    slugs = list(dict.fromkeys(slugs or ()))
    found = dict(queryset.filter(slug__in=slugs).values_list("slug", "pk"))
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        from django.utils.translation import gettext as _

        raise invalid(
            [
                {
                    "field": field,
                    "message": _("Unknown: %(slugs)s.") % {"slugs": ", ".join(unknown)},
                }
            ]
        )
    return [found[slug] for slug in slugs]

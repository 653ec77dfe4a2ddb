"""What the records of a werkplaats have in common in the API."""

from ninja import Schema

from werkplaats.api.pagination import absolute


class RecordOut(Schema):
    """Resolvers for the fields most records share: id, werkplaats, themes and page.

    A field a schema does not declare is never resolved, so a schema may leave any out.
    """

    @staticmethod
    def resolve_id(obj):
        return obj.pk

    @staticmethod
    def resolve_werkplaats(obj):
        return obj.werkplaats.slug

    @staticmethod
    def resolve_themes(obj):
        return list(obj.themes.all())

    @staticmethod
    def resolve_url(obj):
        return absolute(obj.get_absolute_url())

from django.contrib import admin

from werkplaats.search.models import SearchEntry


@admin.register(SearchEntry)
class SearchEntryAdmin(admin.ModelAdmin):
    """Read-only: the index is written by the services and the rebuild_search_index command."""

    list_display = ["title", "type", "kind", "date", "werkplaats"]
    list_filter = ["type"]
    search_fields = ["title"]
    fields = [
        "type",
        "kind",
        "title",
        "url",
        "summary",
        "date",
        "werkplaats",
        "themes",
        "audiences",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

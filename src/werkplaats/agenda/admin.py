from django.contrib import admin

from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, NationalTheme, Support


@admin.register(NationalTheme)
class NationalThemeAdmin(admin.ModelAdmin):
    """The themes of the national work programme: national admins keep them here."""

    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class AgendaThemeInline(admin.StackedInline):
    model = AgendaTheme
    extra = 0
    filter_horizontal = ["themes", "national_themes"]


@admin.register(Agenda)
class AgendaAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "start_year", "end_year"]
    list_filter = ["werkplaats"]
    list_select_related = ["werkplaats"]
    search_fields = ["title", "werkplaats__name"]
    autocomplete_fields = ["werkplaats"]
    inlines = [AgendaThemeInline]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Members' own words and choices: national admins may look, not change them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Support)
class SupportAdmin(ReadOnlyAdmin):
    list_display = ["user", "agenda_theme", "question", "created"]
    list_select_related = ["user", "agenda_theme", "question"]
    date_hierarchy = "created"


@admin.register(Comment)
class CommentAdmin(ReadOnlyAdmin):
    list_display = ["user", "agenda_theme", "question", "text", "created"]
    list_select_related = ["user", "agenda_theme", "question"]
    search_fields = ["text"]
    date_hierarchy = "created"

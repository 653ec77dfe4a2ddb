from django.contrib import admin

from werkplaats.publications.models import (
    Author,
    Course,
    CourseUse,
    Publication,
    PublicationFile,
    UsageCount,
)


class AuthorInline(admin.TabularInline):
    model = Author
    extra = 0
    raw_id_fields = ["user"]


class PublicationFileInline(admin.TabularInline):
    model = PublicationFile
    extra = 0
    readonly_fields = ["original_name", "content_type", "size", "created"]
    exclude = ["file"]


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "kind", "status", "date"]
    list_filter = ["status", "kind", "werkplaats", "language"]
    search_fields = ["title", "summary"]
    date_hierarchy = "date"
    list_select_related = ["werkplaats"]
    filter_horizontal = ["themes"]
    raw_id_fields = ["questions", "agenda_themes", "ateliers", "created_by"]
    readonly_fields = ["uid", "status", "published_at"]
    inlines = [AuthorInline, PublicationFileInline]


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ["name", "institution", "level"]
    list_filter = ["level"]
    search_fields = ["name", "institution__name"]


@admin.register(CourseUse)
class CourseUseAdmin(admin.ModelAdmin):
    list_display = ["course", "publication", "atelier", "academic_year", "werkplaats"]
    list_filter = ["academic_year", "werkplaats"]
    raw_id_fields = ["publication", "atelier"]


@admin.register(UsageCount)
class UsageCountAdmin(admin.ModelAdmin):
    list_display = ["publication", "month", "views", "downloads"]
    list_select_related = ["publication"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

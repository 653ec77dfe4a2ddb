from django.contrib import admin

from werkplaats.monitoring.models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["__str__", "measure", "minimum", "scope", "active"]
    list_filter = ["werkplaats", "measure", "scope", "active"]
    search_fields = ["title"]

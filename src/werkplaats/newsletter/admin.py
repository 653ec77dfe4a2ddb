from django.contrib import admin

from werkplaats.newsletter.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "werkplaats", "frequency", "confirmed", "last_sent"]
    list_filter = ["frequency", "werkplaats"]
    search_fields = ["email"]
    list_select_related = ["werkplaats"]
    readonly_fields = ["key", "confirmed", "requested", "last_sent", "created"]
    filter_horizontal = ["themes"]

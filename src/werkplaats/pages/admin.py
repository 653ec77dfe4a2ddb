from django.contrib import admin

from werkplaats.pages.models import ContactMessage, NewsItem


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["created", "werkplaats", "name", "subject", "mailed_at"]
    list_filter = ["werkplaats"]
    search_fields = ["name", "email", "subject"]


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "status", "published_at"]
    list_filter = ["status", "werkplaats"]
    search_fields = ["title", "summary"]
    list_select_related = ["werkplaats"]
    readonly_fields = ["status", "published_at"]

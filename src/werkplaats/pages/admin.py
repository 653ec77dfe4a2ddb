from django.contrib import admin

from werkplaats.pages.models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["created", "werkplaats", "name", "subject", "mailed_at"]
    list_filter = ["werkplaats"]
    search_fields = ["name", "email", "subject"]

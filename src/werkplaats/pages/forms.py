from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from werkplaats.pages.models import ContactMessage, NewsItem


class ContactForm(forms.ModelForm):
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "email": _("We only use your address to answer you."),
        }

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write your message or question."))
        return message

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


MARKDOWN_HELP = _("You can use Markdown: *italic*, **bold**, lists with - at the start.")
NEWS_BODY_MAX = 20000


class NewsForm(forms.ModelForm):
    """A news item of the werkplaats; the text in Markdown, as in the publications editor."""

    class Meta:
        model = NewsItem
        fields = ["title", "summary", "body"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
        }
        help_texts = {
            "title": _("Short and clear, for example: New learning atelier on loneliness."),
            "summary": _(
                "One or two sentences. They show on the werkplaats page and in the news feed."
            ),
            "body": MARKDOWN_HELP,
        }
        error_messages = {
            "title": {"required": _("Write a title.")},
            "summary": {"required": _("Write a short summary.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The text has no limit in the database; a limit here keeps a page readable.
        self.fields["body"].widget.attrs["maxlength"] = NEWS_BODY_MAX
        self.fields["body"].validators.append(MaxLengthValidator(NEWS_BODY_MAX))

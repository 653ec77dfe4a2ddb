from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class MinimumLengthInPlainWords(MinimumLengthValidator):
    """Django's check, with a message our Dutch catalogue has (Django 5.2's own lacks it)."""

    def get_error_message(self):
        return ngettext(
            "Your password is too short. Use at least %(min_length)d character.",
            "Your password is too short. Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Use at least %(min_length)d character.",
            "Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

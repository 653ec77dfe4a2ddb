from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class DutchFirstLocaleMiddleware(LocaleMiddleware):
    """Dutch unless the visitor chose another language with the language switch.

    Django's own middleware follows the browser's Accept-Language, which would show
    English to a Dutch coordinator whose laptop happens to be set up in English.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        available = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in available else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

from django.conf import settings

DEMO_PASSWORD_FILE = "demo_password"  # noqa: S105 (a file name)


def demo_logins_text() -> str:
    """The demo logins to print at start of a local run, or "" when there is no demo data."""
    path = settings.VAR_DIR / DEMO_PASSWORD_FILE
    if settings.PRODUCTION or not path.exists():
        return ""
    from werkplaats.accounts.models import User

    emails = list(
        User.objects.filter(email__endswith="@example.org")
        .order_by("email")
        .values_list("email", flat=True)
    )
    if not emails:
        return ""
    lines = ["Demo logins (local only), all with password: " + path.read_text().strip()]
    lines += [f"  {email}" for email in emails]
    return "\n".join(lines)

"""Browser tests: Playwright (sync API) drives Debian's Chromium against the live server.

Every test gets the demo data (``python -m werkplaats demo``) in a fresh database: live-server
tests are transactional, so the tables are emptied after each test. A test logs people in by
handing the browser a session cookie (``login``) unless logging in is what it tests.

The pages are checked with axe-core (``assert_accessible``) and for the landmarks every page
must have (``assert_page_structure``). axe is injected with ``page.evaluate``: the pages'
Content-Security-Policy forbids inline scripts, and the tests keep it on.

The helpers reach the tests as fixtures (``e2e/`` is not a package, so nothing imports this
module): each fixture of the same name returns the function.
"""

import functools
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; Django refuses database access from
# a thread with a running loop unless told that this is safe (it is: nothing here is async).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SOURCE_PATH = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ALLAUTH_BACKEND = "allauth.account.auth_backends.AuthenticationBackend"


# ---------------------------------------------------------------------------------------------
# Browser
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM}; `make browser` installs it."
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing browser must not pass as skipped tests
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _new_context(browser, live_server, **options):
    # A Dutch browser, like most visitors' (the site shows Dutch whatever the browser says).
    options.setdefault("locale", "nl-NL")
    context = browser.new_context(base_url=live_server.url, **options)
    context.set_default_timeout(10_000)
    # Chromium asks for /favicon.ico on every page; it says nothing about our pages.
    context.route("**/favicon.ico", lambda route: route.fulfill(status=204, body=""))
    # What the Content-Security-Policy blocked (an inline style or script in a template), as
    # Chromium reports it on the console; check_page fails on it.
    context.csp_violations = []

    def on_console(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            context.csp_violations.append(f"{message.location.get('url')}: {message.text}")

    context.on("console", on_console)
    return context


@pytest.fixture
def new_context(browser, live_server):
    """Make further, separate browser contexts (another person, or no JavaScript)."""
    contexts = []

    def make(**options):
        context = _new_context(browser, live_server, **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


# ---------------------------------------------------------------------------------------------
# Data and people
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def demo(transactional_db, live_server, settings, tmp_path):
    """The demo werkplaatsen, partners and people; their shared password is in ``.password``."""
    from werkplaats.network.demo import load_demo

    # The demo password file goes to a temporary directory, not to the project's var/.
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"  # the demo's presentations
    return load_demo()


def _login(context, live_server, email):
    """Log ``email`` in in ``context`` with a session made on the server side."""
    from django.conf import settings
    from django.test import Client

    from werkplaats.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email=email), backend=ALLAUTH_BACKEND)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def _login_with_form(page, email, password):
    """Log in the way a person does: the login form, then the page it leads to."""
    page.goto("/account/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def _visit(page, path, status=200):
    """Open ``path`` and check the answer's status code."""
    response = page.goto(path)
    assert response is not None, f"{path}: no response"
    assert response.status == status, f"{path}: status {response.status}, expected {status}"
    return response


def _submit(page, button, status=200):
    """Press a button (or link) that leads to another page; check that page's status code."""
    with page.expect_navigation() as navigation:
        button.click()
    assert navigation.value.status == status, f"{page.url}: {navigation.value.status}"
    return navigation.value


def _assert_invalid_fields(page):
    """The form on the page came back with at least one field marked invalid."""
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1, page.url


def _switch_language(page, code):
    """Press the language button in the header, as a visitor does."""
    with page.expect_navigation():
        page.locator(f'header button[name="language"][value="{code}"]').click()
    assert page.locator("html").get_attribute("lang") == code


def _path_of(url):
    """The path (and query) of a URL, e.g. of a link in an e-mail, to open on the live server."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _link_in_mail(message, pattern):
    """The first link in an e-mail whose path matches ``pattern``."""
    for url in re.findall(r"https?://\S+", message.body):
        if re.search(pattern, urlsplit(url).path):
            return _path_of(url)
    raise AssertionError(f"No link matching {pattern!r} in:\n{message.body}")


@functools.cache
def _axe_source():
    return AXE_SOURCE_PATH.read_text()


def _assert_accessible(page):
    """Run axe-core on the page for WCAG 2.1 A and AA; fail with every violation found."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    violations = result["violations"]
    if violations:
        lines = [f"axe found {len(violations)} violation(s) on {page.url}:"]
        for violation in violations:
            lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
            lines.append(f"  {violation['helpUrl']}")
            for node in violation["nodes"]:
                lines.append(f"    at {' '.join(node['target'])}")
                if node.get("failureSummary"):
                    summary = node["failureSummary"].replace("\n", "\n      ")
                    lines.append(f"      {summary}")
        raise AssertionError("\n".join(lines))


def _assert_page_structure(page):
    """What every page has: a language, a skip link to <main>, one <main> and one <h1>."""
    problems = []
    lang = page.locator("html").get_attribute("lang")
    if not lang:
        problems.append("<html> has no lang")
    h1_count = page.locator("h1").count()
    if h1_count != 1:
        problems.append(f"{h1_count} <h1> elements instead of one")
    if page.locator("main").count() != 1:
        problems.append(f"{page.locator('main').count()} <main> elements instead of one")
    skip_link = page.locator("a.utrecht-skip-link")
    if skip_link.count() != 1:
        problems.append("no skip link")
    elif skip_link.get_attribute("href") != "#main" or page.locator("main#main").count() != 1:
        problems.append("the skip link does not lead to <main id=main>")
    assert not problems, f"{page.url}: " + "; ".join(problems)


def _assert_no_csp_violations(page):
    """Nothing on the pages seen so far was blocked by the Content-Security-Policy."""
    violations = getattr(page.context, "csp_violations", [])
    found, violations[:] = list(violations), []
    assert not found, "blocked by the Content-Security-Policy:\n" + "\n".join(found)


def _check_page(page):
    """Page structure, the Content-Security-Policy and axe, for a page that is open now."""
    _assert_page_structure(page)
    _assert_no_csp_violations(page)
    _assert_accessible(page)


class PageChecks:
    """Check many pages in one test and report every page that fails, not only the first."""

    def __init__(self, page):
        self.page = page
        self.failures = []
        self.checked = 0

    def check(self, label=None):
        self.checked += 1
        try:
            _check_page(self.page)
        except AssertionError as error:
            self.failures.append(f"[{label or self.page.url}] {error}")

    def visit(self, path, status=200):
        try:
            _visit(self.page, path, status)
        except AssertionError as error:
            self.failures.append(str(error))
            return
        self.check(path)

    def assert_all_passed(self):
        assert self.checked, "no page was checked"
        assert not self.failures, "\n\n".join(self.failures)


# ---------------------------------------------------------------------------------------------
# The helpers as fixtures
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def page_checks(page):
    return PageChecks(page)


@pytest.fixture
def assert_accessible():
    return _assert_accessible


@pytest.fixture
def check_page():
    return _check_page


@pytest.fixture
def visit():
    return _visit


@pytest.fixture
def submit():
    return _submit


@pytest.fixture
def assert_invalid_fields():
    return _assert_invalid_fields


@pytest.fixture
def switch_language():
    return _switch_language


@pytest.fixture
def link_in_mail():
    return _link_in_mail


@pytest.fixture
def login(live_server, context):
    """``login(email)`` logs in in the test's context, ``login(email, other_context)`` elsewhere."""

    def log_in(email, in_context=None):
        _login(in_context or context, live_server, email)

    return log_in


@pytest.fixture
def login_with_form():
    return _login_with_form

"""Who gets what, for every URL of the project's own apps, by GET and by POST.

The table below is the specification: one entry per URL name. Adding a URL pattern to
one of our apps without adding it here makes ``test_every_url_pattern_is_in_the_table``
fail, so no new view escapes this matrix.

POSTs carry one meaningless field: enough to bind a form (so a form view that ran answers
400) without filling it in, and for the destructive endpoints it proves that only the
right people can use them.
"""

from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.accounts.factories import InvitationFactory
from tests.activities.factories import (
    ActivityFactory,
    ActivityFileFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
)
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import (
    AtelierFactory,
    AtelierMemberFactory,
    AttachmentFactory,
    StudentApplicationFactory,
    StudentPlaceFactory,
)
from tests.conftest import ROLES
from tests.network.factories import OrganisationFactory, PartnershipFactory, ThemeFactory
from tests.newsletter.factories import SubscriptionFactory
from tests.pages.factories import ContactMessageFactory
from tests.publications.factories import (
    CourseUseFactory,
    NewsItemFactory,
    PublicationFactory,
    PublicationFileFactory,
)
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Membership, Role
from werkplaats.activities.models import Activity, ActivityFile, ProgrammeSession, Registration
from werkplaats.agenda.models import AgendaTheme, Comment, Support
from werkplaats.api.models import ApiToken
from werkplaats.ateliers.models import Atelier, AtelierMember, LogEntry, StudentApplication
from werkplaats.audit.models import AuditEntry
from werkplaats.monitoring.models import Measure, Scope, Target
from werkplaats.network.models import Partnership
from werkplaats.newsletter.models import Subscription
from werkplaats.pages.models import NewsItem
from werkplaats.publications.models import CourseUse, Publication, PublicationFile
from werkplaats.questions.models import Question, Reflection, Status, Transition


@dataclass(frozen=True)
class Redirect:
    """A 302 to a page whose path starts with ``to`` (a URL name)."""

    to: str


LOGIN = Redirect("account_login")
SIGNUP = Redirect("account_signup")


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def logged_in(outcome):
    """Member-only pages: anonymous visitors are sent to the login page."""
    return {**everyone(outcome), "anonymous": LOGIN}


def managers(outcome):
    """Management of werkplaats A: its coordinators and national admins, nobody else."""
    return {
        "anonymous": LOGIN,
        "member_a": 404,
        "coordinator_b": 404,
        "coordinator_a": outcome,
        "national_admin": outcome,
    }


def reflectors(outcome):
    """Reflection on questions of werkplaats A: its researchers and coordinators."""
    return {**managers(outcome), "member_a": outcome}


def members(outcome):
    """Taking part in werkplaats A (support, comments): its members and national admins."""
    return {**logged_in(outcome), "coordinator_b": 404}


# A POST-only view answers 405 to a GET before it looks at the werkplaats, so the
# answer tells nobody anything about it.
POST_ONLY_GET = logged_in(405)

# URL name -> method -> role -> outcome (a status code or a Redirect).
EXPECTED = {
    # Public pages.
    "pages:home": {"GET": everyone(200), "POST": everyone(200)},
    "pages:werkplaats": {"GET": everyone(200), "POST": everyone(200)},
    "pages:contact": {"GET": everyone(405), "POST": everyone(400)},
    "network:organisation_list": {"GET": everyone(200), "POST": everyone(200)},
    "network:organisation": {"GET": everyone(200), "POST": everyone(200)},
    "network:overview": {"GET": everyone(200), "POST": everyone(200)},
    # Suggestions across the network while typing: public items only (none for no text).
    "matching:suggest": {"GET": everyone(200), "POST": everyone(405)},
    "network:theme_list": {"GET": everyone(200), "POST": everyone(200)},
    "network:theme": {"GET": everyone(200), "POST": everyone(200)},
    # The API: personal tokens are one's own; the API itself answers in JSON (tests/api).
    "api:tokens": {"GET": logged_in(200), "POST": logged_in(400)},
    "api:token_revoke": {
        "GET": POST_ONLY_GET,
        # Only the token's owner may revoke it; for anybody else it does not exist.
        "POST": {**logged_in(404), "member_a": Redirect("api:tokens")},
    },
    "api:docs": {"GET": everyone(200), "POST": everyone(405)},
    "api:api-v1:api-root": {"GET": everyone(200), "POST": everyone(405)},
    "api:not_found": {"GET": everyone(404), "POST": everyone(404)},
    "api:not_found_root": {"GET": everyone(404), "POST": everyone(404)},
    # The newsletter needs no account: the personal link is the key to a subscription.
    "newsletter:subscribe": {"GET": everyone(200), "POST": everyone(400)},
    "newsletter:werkplaats": {"GET": everyone(200), "POST": everyone(400)},
    "newsletter:requested": {"GET": everyone(200), "POST": everyone(200)},
    "newsletter:manage": {"GET": everyone(200), "POST": everyone(400)},
    "newsletter:confirm": {"GET": everyone(200), "POST": everyone(303)},
    "newsletter:unsubscribe": {"GET": everyone(200), "POST": everyone(200)},
    # Member-only pages.
    "accounts:mine": {"GET": logged_in(200), "POST": logged_in(200)},
    "accounts:membership_update_own": {
        "GET": POST_ONLY_GET,
        # Only the member themselves may change their membership; others get 404.
        "POST": {**logged_in(404), "member_a": 302},
    },
    "accounts:invitation": {
        # The invitation is for a new address: a stranger is sent to sign up, anyone
        # logged in with another address is refused.
        "GET": {**everyone(403), "anonymous": SIGNUP},
        "POST": {**everyone(403), "anonymous": SIGNUP},
    },
    # Management of werkplaats A.
    "network:manage": {"GET": managers(200), "POST": managers(200)},
    "network:manage_details": {"GET": managers(200), "POST": managers(400)},
    "network:manage_partners": {"GET": managers(200), "POST": managers(200)},
    "network:partner_add": {"GET": managers(200), "POST": managers(400)},
    "network:partner_edit": {"GET": managers(200), "POST": managers(400)},
    "network:partner_remove": {"GET": managers(200), "POST": managers(302)},
    "network:organisation_create": {"GET": managers(200), "POST": managers(400)},
    "network:manage_messages": {"GET": managers(200), "POST": managers(200)},
    "accounts:manage_members": {"GET": managers(200), "POST": managers(200)},
    "accounts:invite": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "accounts:change_role": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "accounts:remove_member": {"GET": managers(200), "POST": managers(302)},
    "accounts:revoke_invitation": {"GET": POST_ONLY_GET, "POST": managers(302)},
    # Questions from practice.
    "questions:ask": {"GET": everyone(200), "POST": everyone(400)},
    "questions:similar": {"GET": everyone(200), "POST": everyone(200)},
    "questions:asked": {"GET": everyone(200), "POST": everyone(200)},
    "questions:list": {"GET": everyone(200), "POST": everyone(200)},
    "questions:detail": {"GET": everyone(200), "POST": everyone(200)},
    "questions:follow": {"GET": everyone(200), "POST": everyone(200)},
    "questions:transition": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "questions:reflection": {"GET": reflectors(200), "POST": reflectors(400)},
    "questions:reflection_publish": {"GET": POST_ONLY_GET, "POST": reflectors(400)},
    "questions:queue": {"GET": managers(200), "POST": managers(200)},
    # A question werkplaats B referred to A: A's coordinators read it and take it over.
    "questions:referral": {"GET": managers(200), "POST": managers(302)},
    # The knowledge agenda.
    "agenda:national": {"GET": everyone(200), "POST": everyone(200)},
    "agenda:werkplaats_agenda": {"GET": everyone(200), "POST": everyone(200)},
    "agenda:support": {"GET": POST_ONLY_GET, "POST": members(302)},
    "agenda:comment": {"GET": POST_ONLY_GET, "POST": members(400)},
    "agenda:manage": {"GET": managers(200), "POST": managers(200)},
    "agenda:agenda_add": {"GET": managers(200), "POST": managers(400)},
    "agenda:agenda_edit": {"GET": managers(200), "POST": managers(400)},
    "agenda:theme_add": {"GET": managers(200), "POST": managers(400)},
    "agenda:theme_edit": {"GET": managers(200), "POST": managers(400)},
    "agenda:theme_delete": {"GET": managers(200), "POST": managers(302)},
    # Leerateliers.
    "ateliers:national": {"GET": everyone(200), "POST": everyone(200)},
    "ateliers:list": {"GET": everyone(200), "POST": everyone(200)},
    "ateliers:detail": {"GET": everyone(200), "POST": everyone(200)},
    "ateliers:places": {"GET": everyone(200), "POST": everyone(200)},
    "ateliers:apply": {"GET": everyone(200), "POST": everyone(400)},
    "ateliers:join": {"GET": POST_ONLY_GET, "POST": logged_in(400)},
    "ateliers:decide": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "ateliers:phase": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "ateliers:application_decide": {"GET": POST_ONLY_GET, "POST": managers(400)},
    "ateliers:log_add": {"GET": managers(200), "POST": managers(400)},
    "ateliers:attachment": {
        "GET": {**managers(200), "anonymous": 404},
        "POST": {**managers(200), "anonymous": 404},
    },
    "ateliers:create": {"GET": managers(200), "POST": managers(400)},
    "ateliers:edit": {"GET": managers(200), "POST": managers(400)},
    "ateliers:place_add": {"GET": managers(200), "POST": managers(400)},
    "ateliers:place_edit": {"GET": managers(200), "POST": managers(400)},
    # Activities: public pages and feeds.
    "activities:national": {"GET": everyone(200), "POST": everyone(200)},
    "activities:national_month": {"GET": everyone(200), "POST": everyone(200)},
    "activities:national_archive": {"GET": everyone(200), "POST": everyone(200)},
    "activities:national_feed": {"GET": everyone(200), "POST": everyone(200)},
    "activities:list": {"GET": everyone(200), "POST": everyone(200)},
    "activities:month": {"GET": everyone(200), "POST": everyone(200)},
    "activities:archive": {"GET": everyone(200), "POST": everyone(200)},
    "activities:feed": {"GET": everyone(200), "POST": everyone(200)},
    "activities:detail": {"GET": everyone(200), "POST": everyone(200)},
    "activities:ics": {"GET": everyone(200), "POST": everyone(200)},
    "activities:file": {"GET": everyone(200), "POST": everyone(200)},
    # Registering needs no account; a GET goes back to the activity page.
    "activities:register": {"GET": everyone(302), "POST": everyone(400)},
    # The personal link: whoever holds it manages that one registration.
    "activities:registration": {"GET": everyone(200), "POST": everyone(200)},
    "activities:registration_ics": {"GET": everyone(200), "POST": everyone(200)},
    "activities:registration_cancel": {"GET": everyone(200), "POST": everyone(303)},
    # Before the activity is over there is nothing to evaluate yet.
    "activities:evaluation": {"GET": everyone(409), "POST": everyone(409)},
    # Organising: the werkplaats's coordinators (and the atelier's leads, tested in
    # tests/activities), national admins.
    "activities:create": {"GET": managers(200), "POST": managers(400)},
    "activities:edit": {"GET": managers(200), "POST": managers(400)},
    "activities:cancel": {"GET": managers(200), "POST": managers(400)},
    "activities:programme": {"GET": managers(200), "POST": managers(400)},
    "activities:session_edit": {"GET": managers(200), "POST": managers(400)},
    "activities:session_delete": {"GET": managers(200), "POST": managers(302)},
    "activities:participants": {"GET": managers(200), "POST": managers(409)},
    "activities:report": {"GET": managers(200), "POST": managers(302)},
    "activities:file_delete": {"GET": managers(405), "POST": managers(302)},
    # News: public once published; written and published by coordinators.
    "pages:news": {"GET": everyone(200), "POST": everyone(200)},
    "pages:news_detail": {"GET": everyone(200), "POST": everyone(200)},
    "pages:news_create": {"GET": managers(200), "POST": managers(400)},
    "pages:news_edit": {"GET": managers(200), "POST": managers(400)},
    "pages:news_publish": {"GET": managers(405), "POST": managers(400)},
    # The kennisbank: published publications for everyone; members of A write drafts.
    "publications:national": {"GET": everyone(200), "POST": everyone(200)},
    "publications:list": {"GET": everyone(200), "POST": everyone(200)},
    "publications:detail": {"GET": everyone(200), "POST": everyone(200)},
    "publications:file": {"GET": everyone(200), "POST": everyone(200)},
    "publications:create": {"GET": members(200), "POST": members(400)},
    # A published text changes only by those who may publish (researchers, coordinators).
    "publications:edit": {"GET": reflectors(200), "POST": reflectors(400)},
    "publications:move": {"GET": reflectors(405), "POST": reflectors(400)},
    "publications:files": {"GET": reflectors(200), "POST": reflectors(400)},
    "publications:file_delete": {"GET": reflectors(405), "POST": reflectors(302)},
    "publications:readability": {"GET": everyone(405), "POST": logged_in(200)},
    # Knowledge in education.
    "publications:education_national": {"GET": everyone(200), "POST": everyone(200)},
    "publications:education": {"GET": everyone(200), "POST": everyone(200)},
    "publications:course_use_add": {"GET": managers(200), "POST": managers(400)},
    "publications:course_add": {"GET": managers(200), "POST": managers(400)},
    "publications:course_use_delete": {"GET": managers(200), "POST": managers(302)},
    # Feeds and harvesting: public, read-only.
    "publications:rss_national": {"GET": everyone(200), "POST": everyone(200)},
    "publications:atom_national": {"GET": everyone(200), "POST": everyone(200)},
    "publications:rss": {"GET": everyone(200), "POST": everyone(200)},
    "publications:atom": {"GET": everyone(200), "POST": everyone(200)},
    "publications:oai": {"GET": everyone(200), "POST": everyone(200)},
    # One search over everything public.
    "search:search": {"GET": everyone(200), "POST": everyone(200)},
    # Results against targets: members see them, coordinators change targets and make the
    # reports; the national overview is for coordinators and national admins.
    "monitoring:national": {
        "GET": {**logged_in(200), "member_a": 404},
        "POST": {**logged_in(200), "member_a": 404},
    },
    "monitoring:dashboard": {"GET": members(200), "POST": members(200)},
    "monitoring:counted": {"GET": members(200), "POST": members(200)},
    "monitoring:counted_period": {"GET": members(200), "POST": members(200)},
    "monitoring:targets": {"GET": managers(200), "POST": managers(200)},
    "monitoring:target_create": {"GET": managers(200), "POST": managers(400)},
    "monitoring:target_edit": {"GET": managers(200), "POST": managers(400)},
    "monitoring:target_delete": {"GET": managers(200), "POST": managers(302)},
    **{
        # Read-only: a POST is refused for its method before anything else is looked at.
        f"monitoring:{name}": {"GET": managers(200), "POST": logged_in(405)}
        for name in (
            "year_report",
            "year_report_pdf",
            "final_report",
            "final_report_pdf",
            "records_csv",
            "records_xlsx",
            "period_records_csv",
            "period_records_xlsx",
        )
    },
    **{
        f"monitoring:{name}": {
            "GET": {**managers(404), "national_admin": 200},
            "POST": logged_in(405),
        }
        for name in ("national_report", "national_report_pdf")
    },
}


def url_kwargs(name, o):
    """The URL's arguments, taken from real objects of werkplaats A."""
    a = {"slug": o["werkplaats"].slug}
    q = {**a, "pk": o["question"].pk}
    theme = {**a, "kind": "thema", "pk": o["agenda_theme"].pk}
    at = {**a, "atelier": o["atelier"].slug}
    act = {**a, "activity": o["activity"].slug}
    pub = {**a, "publication": o["publication"].slug}
    return {
        "pages:home": {},
        "pages:werkplaats": a,
        "pages:contact": a,
        "network:organisation_list": {},
        "network:organisation": {"slug": o["organisation"].slug},
        "network:overview": {},
        "matching:suggest": {},
        "network:theme_list": {},
        "network:theme": {"slug": o["theme"].slug},
        "api:tokens": {},
        "api:token_revoke": {"pk": o["api_token"].pk},
        "api:docs": {},
        "api:api-v1:api-root": {},
        "api:not_found": {"rest": "v1/niets"},
        "api:not_found_root": {},
        "newsletter:subscribe": {},
        "newsletter:werkplaats": a,
        "newsletter:requested": {},
        "newsletter:manage": {"token": o["subscription"].token},
        "newsletter:confirm": {"token": o["unconfirmed_subscription"].token},
        "newsletter:unsubscribe": {"token": o["subscription"].token},
        "accounts:mine": {},
        "accounts:membership_update_own": {"pk": o["membership"].pk},
        "accounts:invitation": {"token": o["invitation"].token},
        "network:manage": a,
        "network:manage_details": a,
        "network:manage_partners": a,
        "network:partner_add": a,
        "network:partner_edit": {**a, "pk": o["partnership"].pk},
        "network:partner_remove": {**a, "pk": o["partnership"].pk},
        "network:organisation_create": a,
        "network:manage_messages": a,
        "accounts:manage_members": a,
        "accounts:invite": a,
        "accounts:change_role": {**a, "pk": o["membership"].pk},
        "accounts:remove_member": {**a, "pk": o["membership"].pk},
        "accounts:revoke_invitation": {**a, "pk": o["invitation"].pk},
        "questions:ask": a,
        "questions:similar": a,
        "questions:asked": a,
        "questions:list": a,
        "questions:queue": a,
        "questions:detail": q,
        "questions:transition": q,
        "questions:reflection": q,
        "questions:reflection_publish": q,
        "questions:follow": {"token": o["question"].follow_token},
        "questions:referral": {**a, "pk": o["referred_question"].pk},
        "agenda:national": {},
        "agenda:werkplaats_agenda": a,
        "agenda:support": theme,
        "agenda:comment": theme,
        "agenda:manage": a,
        "agenda:agenda_add": a,
        "agenda:agenda_edit": {**a, "pk": o["agenda"].pk},
        "agenda:theme_add": {**a, "agenda_pk": o["agenda"].pk},
        "agenda:theme_edit": {**a, "pk": o["agenda_theme"].pk},
        "agenda:theme_delete": {**a, "pk": o["agenda_theme"].pk},
        "ateliers:national": {},
        "ateliers:places": {},
        "ateliers:list": a,
        "ateliers:create": a,
        "ateliers:detail": at,
        "ateliers:edit": at,
        "ateliers:join": at,
        "ateliers:phase": at,
        "ateliers:log_add": at,
        "ateliers:place_add": at,
        "ateliers:decide": {**at, "pk": o["atelier_request"].pk},
        "ateliers:attachment": {**at, "pk": o["attachment"].pk},
        "ateliers:place_edit": {**at, "pk": o["student_place"].pk},
        "ateliers:apply": {**at, "pk": o["student_place"].pk},
        "ateliers:application_decide": {**at, "pk": o["application"].pk},
        "activities:national": {},
        "activities:national_archive": {},
        "activities:national_feed": {},
        "activities:national_month": {"year": 2026, "month": 12},
        "activities:list": a,
        "activities:archive": a,
        "activities:feed": a,
        "activities:create": a,
        "activities:month": {**a, "year": 2026, "month": 12},
        "activities:detail": act,
        "activities:ics": act,
        "activities:register": act,
        "activities:edit": act,
        "activities:cancel": act,
        "activities:programme": act,
        "activities:participants": act,
        "activities:report": act,
        "activities:file": {**act, "pk": o["activity_file"].pk},
        "activities:file_delete": {**act, "pk": o["activity_file"].pk},
        "activities:session_edit": {**act, "pk": o["session"].pk},
        "activities:session_delete": {**act, "pk": o["session"].pk},
        "activities:registration": {"token": o["registration"].token},
        "activities:registration_ics": {"token": o["registration"].token},
        "activities:registration_cancel": {"token": o["registration"].token},
        "activities:evaluation": {"token": o["registration"].token},
        "pages:news": a,
        "pages:news_create": a,
        "pages:news_detail": {**a, "news": o["news"].slug},
        "pages:news_edit": {**a, "news": o["news"].slug},
        "pages:news_publish": {**a, "news": o["news"].slug},
        "publications:national": {},
        "publications:list": a,
        "publications:create": a,
        "publications:detail": pub,
        "publications:edit": pub,
        "publications:move": pub,
        "publications:files": pub,
        "publications:file": {**pub, "pk": o["publication_file"].pk},
        "publications:file_delete": {**pub, "pk": o["publication_file"].pk},
        "publications:readability": {},
        "publications:education_national": {},
        "publications:education": a,
        "publications:course_use_add": a,
        "publications:course_add": a,
        "publications:course_use_delete": {**a, "pk": o["course_use"].pk},
        "publications:rss_national": {},
        "publications:atom_national": {},
        "publications:rss": a,
        "publications:atom": a,
        "publications:oai": {},
        "search:search": {},
        "monitoring:national": {},
        "monitoring:dashboard": a,
        "monitoring:counted": {**a, "pk": o["target"].pk, "year": 2024},
        "monitoring:counted_period": {**a, "pk": o["period_target"].pk},
        "monitoring:targets": a,
        "monitoring:target_create": a,
        "monitoring:target_edit": {**a, "pk": o["target"].pk},
        "monitoring:target_delete": {**a, "pk": o["target"].pk},
        "monitoring:year_report": {**a, "year": 2024},
        "monitoring:year_report_pdf": {**a, "year": 2024},
        "monitoring:final_report": a,
        "monitoring:final_report_pdf": a,
        "monitoring:records_csv": {**a, "year": 2024},
        "monitoring:records_xlsx": {**a, "year": 2024},
        "monitoring:period_records_csv": a,
        "monitoring:period_records_xlsx": a,
        "monitoring:national_report": {"year": 2024},
        "monitoring:national_report_pdf": {"year": 2024},
    }[name]


def own_url_names():
    """'namespace:name' of every URL pattern whose view lives in our own package."""
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                if pattern.namespace and namespace:
                    inner = f"{namespace}:{pattern.namespace}"
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern):
                module = getattr(pattern.callback, "__module__", "") or ""
                if module.startswith("werkplaats."):
                    assert pattern.name, f"{pattern} of {module} has no name"
                    names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns, None)
    return names


def test_every_url_pattern_is_in_the_table():
    assert own_url_names() == set(EXPECTED)


@pytest.fixture
def objects(werkplaats_a, werkplaats_b, member_a, coordinator_a):
    organisation = OrganisationFactory()
    agenda = AgendaFactory(werkplaats=werkplaats_a)
    atelier = AtelierFactory(werkplaats=werkplaats_a)
    student_place = StudentPlaceFactory(atelier=atelier)
    activity = ActivityFactory(werkplaats=werkplaats_a, kind=Activity.Kind.CONGRESS)
    publication = PublicationFactory(werkplaats=werkplaats_a)
    return {
        "publication": publication,
        "publication_file": PublicationFileFactory(publication=publication),
        "course_use": CourseUseFactory(publication=publication),
        "news": NewsItemFactory(werkplaats=werkplaats_a),
        "activity": activity,
        "session": ProgrammeSessionFactory(activity=activity),
        "registration": RegistrationFactory(activity=activity),
        "activity_file": ActivityFileFactory(activity=activity),
        "atelier": atelier,
        "atelier_request": AtelierMemberFactory(
            atelier=atelier, state=AtelierMember.State.REQUESTED
        ),
        "attachment": AttachmentFactory(entry__atelier=atelier),
        "student_place": student_place,
        "application": StudentApplicationFactory(place=student_place),
        "werkplaats": werkplaats_a,
        "organisation": organisation,
        "theme": ThemeFactory(),
        # Made directly: the service would write an audit entry, and the matrix checks that
        # refused requests leave the audit trail empty.
        "api_token": ApiToken.objects.create(
            user=member_a,
            werkplaats=werkplaats_a,
            name="Script",
            prefix="0123456789ab",
            secret_hash="0" * 64,
        ),
        "subscription": SubscriptionFactory(werkplaats=werkplaats_a),
        "unconfirmed_subscription": SubscriptionFactory(werkplaats=None, unconfirmed=True),
        "partnership": PartnershipFactory(werkplaats=werkplaats_a, organisation=organisation),
        "membership": Membership.objects.get(user=member_a, werkplaats=werkplaats_a),
        "invitation": InvitationFactory(werkplaats=werkplaats_a, email="nieuw@example.org"),
        "message": ContactMessageFactory(werkplaats=werkplaats_a),
        "question": QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS),
        "referred_question": QuestionFactory(
            werkplaats=werkplaats_b, status=Status.REFERRED, referred_to_werkplaats=werkplaats_a
        ),
        "agenda": agenda,
        "agenda_theme": AgendaThemeFactory(agenda=agenda),
        "target": Target.objects.create(
            werkplaats=werkplaats_a, title="Kenniscafés", measure=Measure.ACTIVITIES, minimum=2
        ),
        "period_target": Target.objects.create(
            werkplaats=werkplaats_a,
            title="Onderwijs",
            measure=Measure.COURSE_USES,
            minimum=3,
            scope=Scope.PERIOD,
        ),
    }


def assert_nothing_changed(o):
    """A refused request leaves every record of werkplaats A as it was."""
    assert Partnership.objects.filter(pk=o["partnership"].pk).exists()
    membership = Membership.objects.get(pk=o["membership"].pk)
    assert (membership.role, membership.listed) == (Role.RESEARCHER, False)
    o["invitation"].refresh_from_db()
    assert o["invitation"].is_usable
    assert Question.objects.get(pk=o["question"].pk).version == 1
    assert Transition.objects.count() == 2  # the "submitted" steps of the two questions
    assert not Question.objects.filter(referred_from__isnull=False).exists()
    assert not Reflection.objects.exists()
    assert AgendaTheme.objects.filter(pk=o["agenda_theme"].pk).exists()
    assert not Support.objects.exists()
    assert not Comment.objects.exists()
    assert not AuditEntry.objects.exists()
    assert AtelierMember.objects.get(pk=o["atelier_request"].pk).state == "requested"
    assert Atelier.objects.count() == 1
    assert LogEntry.objects.count() == 1
    assert StudentApplication.objects.get(pk=o["application"].pk).state == "applied"
    assert StudentApplication.objects.count() == 1
    activity = Activity.objects.get(pk=o["activity"].pk)
    assert (activity.status, activity.title, activity.report) == (
        Activity.Status.PLANNED,
        o["activity"].title,
        "",
    )
    assert Registration.objects.get().state == Registration.State.REGISTERED
    assert ProgrammeSession.objects.count() == 1
    assert ActivityFile.objects.count() == 1
    publication = Publication.objects.get(pk=o["publication"].pk)
    assert (publication.status, publication.title) == (
        Publication.Status.PUBLISHED,
        o["publication"].title,
    )
    assert PublicationFile.objects.count() == 1
    assert CourseUse.objects.count() == 1
    assert NewsItem.objects.get(pk=o["news"].pk).title == o["news"].title
    assert Target.objects.get(pk=o["target"].pk).minimum == 2
    assert ApiToken.objects.get(pk=o["api_token"].pk).revoked_at is None
    subscription = Subscription.objects.get(pk=o["subscription"].pk)
    assert subscription.frequency == o["subscription"].frequency
    assert Subscription.objects.get(pk=o["unconfirmed_subscription"].pk).confirmed is None


CASES = [
    pytest.param(name, method, role, by_role[role], id=f"{name}-{method}-{role}")
    for name, by_method in EXPECTED.items()
    for method, by_role in by_method.items()
    for role in ROLES
]


@pytest.mark.parametrize(("name", "method", "role", "expected"), CASES)
def test_each_role_gets_the_expected_answer(
    client_for, role_users, objects, name, method, role, expected
):
    url = reverse(name, kwargs=url_kwargs(name, objects))
    client = client_for(role_users[role])

    response = client.get(url) if method == "GET" else client.post(url, {"matrix": "1"})

    if expected in (LOGIN, 400, 403, 404, 405):
        assert_nothing_changed(objects)
    if isinstance(expected, Redirect):
        assert response.status_code == 302, response.content[:500]
        assert response["Location"].startswith(reverse(expected.to))
        if expected is LOGIN:
            assert "next=" in response["Location"]
    else:
        assert response.status_code == expected

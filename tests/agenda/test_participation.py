"""Members support and comment on agenda themes and public questions of their werkplaats."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.urls import reverse

from tests.agenda.factories import CommentFactory, QuestionFactory, SupportFactory
from tests.helpers import assert_shows, form_errors, messages_of, nl
from werkplaats.agenda.models import Comment, Support
from werkplaats.questions.models import Status


def support_url(target, kind="thema", werkplaats=None):
    werkplaats = werkplaats or (target.agenda.werkplaats if kind == "thema" else target.werkplaats)
    return reverse("agenda:support", args=[werkplaats.slug, kind, target.pk])


def comment_url(target, kind="thema", werkplaats=None):
    werkplaats = werkplaats or (target.agenda.werkplaats if kind == "thema" else target.werkplaats)
    return reverse("agenda:comment", args=[werkplaats.slug, kind, target.pk])


def agenda_url(werkplaats):
    return reverse("agenda:werkplaats_agenda", args=[werkplaats.slug])


# Support


def test_support_twice_is_support_taken_back(client_for, member_a, theme_a):
    client = client_for(member_a)

    first = client.post(support_url(theme_a), follow=True)
    assert Support.objects.filter(user=member_a, agenda_theme=theme_a).count() == 1
    assert messages_of(first) == [nl("Thank you. Your support has been counted.")]

    second = client.post(support_url(theme_a), follow=True)
    assert not Support.objects.exists()
    assert messages_of(second) == [nl("Your support has been taken back.")]


def test_support_goes_back_to_the_theme_on_the_agenda(client_for, member_a, theme_a):
    back = f"{agenda_url(theme_a.agenda.werkplaats)}#thema-{theme_a.pk}"

    response = client_for(member_a).post(support_url(theme_a), {"next": back})

    assert response.status_code == 302
    assert response["Location"] == back


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/pad", "javascript:alert(1)", ""]
)
def test_support_never_sends_the_member_to_another_site(client_for, member_a, theme_a, next_url):
    response = client_for(member_a).post(support_url(theme_a), {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == agenda_url(theme_a.agenda.werkplaats)


def test_a_member_supports_a_public_question(client_for, member_a, question_a):
    response = client_for(member_a).post(support_url(question_a, "vraag"))

    assert response.status_code == 302
    assert Support.objects.get().question == question_a


@pytest.mark.parametrize("status", [Status.SUBMITTED, Status.REJECTED])
def test_support_and_comments_on_a_question_that_is_not_public_are_refused(
    client_for, member_a, werkplaats_a, status
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=status)
    client = client_for(member_a)

    assert client.post(support_url(question, "vraag")).status_code == 404
    assert client.post(comment_url(question, "vraag"), {"text": "Hallo"}).status_code == 404
    assert not Support.objects.exists()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("kind", ["thema", "vraag"])
def test_people_who_are_not_members_cannot_support_or_comment(
    client_for, coordinator_b, theme_a, question_a, kind
):
    target = theme_a if kind == "thema" else question_a
    client = client_for(coordinator_b)

    assert client.post(support_url(target, kind)).status_code == 404
    assert client.post(comment_url(target, kind), {"text": "Hallo"}).status_code == 404
    assert not Support.objects.exists()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("view", [support_url, comment_url])
def test_anonymous_visitors_are_sent_to_log_in(client_for, theme_a, view):
    response = client_for(None).post(view(theme_a), {"text": "Hallo"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Support.objects.exists()
    assert not Comment.objects.exists()


def test_an_unknown_kind_is_404(client_for, member_a, theme_a):
    url = reverse("agenda:support", args=[theme_a.agenda.werkplaats.slug, "iets", theme_a.pk])

    assert client_for(member_a).post(url).status_code == 404


def test_an_unknown_theme_is_404(client_for, member_a, werkplaats_a):
    url = reverse("agenda:support", args=[werkplaats_a.slug, "thema", 999999])

    assert client_for(member_a).post(url).status_code == 404


# Comments


def test_a_member_comments_on_a_theme(client_for, member_a, theme_a):
    back = f"{agenda_url(theme_a.agenda.werkplaats)}#thema-{theme_a.pk}"

    response = client_for(member_a).post(
        comment_url(theme_a), {"text": "  Ook in onze wijk.  ", "next": back}
    )

    assert response.status_code == 302
    assert response["Location"] == back
    comment = Comment.objects.get()
    assert (comment.user, comment.agenda_theme, comment.text) == (
        member_a,
        theme_a,
        "Ook in onze wijk.",
    )


def test_a_member_comments_on_a_public_question(client_for, member_a, question_a):
    response = client_for(member_a).post(comment_url(question_a, "vraag"), {"text": "Herkenbaar"})

    assert response.status_code == 302
    assert Comment.objects.get().question == question_a


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_comment_is_refused_with_a_message_next_to_the_field(
    client_for, member_a, theme_a, text
):
    back = f"{agenda_url(theme_a.agenda.werkplaats)}#thema-{theme_a.pk}"

    response = client_for(member_a).post(comment_url(theme_a), {"text": text, "next": back})

    assert response.status_code == 400
    assert form_errors(response) == {"text": ["required"]}
    assert_shows(response, "Write your comment.")
    html = response.content.decode()
    assert 'id="id_text_error"' in html
    assert f'value="{back}"' in html  # the way back is kept
    assert not Comment.objects.exists()


def test_a_comment_that_is_too_long_is_refused(client_for, member_a, theme_a):
    response = client_for(member_a).post(comment_url(theme_a), {"text": "x" * 3001})

    assert response.status_code == 400
    assert form_errors(response) == {"text": ["max_length"]}
    assert not Comment.objects.exists()


def test_the_form_again_does_not_keep_an_unsafe_way_back(client_for, member_a, theme_a):
    response = client_for(member_a).post(
        comment_url(theme_a), {"text": "", "next": "https://evil.example/"}
    )

    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()


# The include for the question page


def render_participation(question, user):
    request = RequestFactory().get(f"/vragen/{question.pk}/")
    request.user = user
    template = Template('{% include "agenda/includes/participation.html" %}')
    return template.render(RequestContext(request, {"question": question, "user": user}))


def test_participation_include_for_members_shows_comments_names_and_forms(
    member_a, coordinator_a, question_a
):
    SupportFactory(question=question_a, user=coordinator_a)
    CommentFactory(question=question_a, user=coordinator_a, text="Dit speelt overal.")

    html = render_participation(question_a, member_a)

    assert "Dit speelt overal." in html
    assert coordinator_a.name in html
    assert support_url(question_a, "vraag") in html
    assert comment_url(question_a, "vraag") in html
    assert nl("I support this") in html
    assert question_a.asker_name not in html


def test_participation_include_shows_a_members_own_support(member_a, question_a):
    SupportFactory(question=question_a, user=member_a)

    html = render_participation(question_a, member_a)

    assert nl("Take back my support") in html


@pytest.mark.parametrize("who", ["anonymous", "coordinator_b"])
def test_participation_include_for_others_shows_only_counts(role_users, member_a, question_a, who):
    SupportFactory(question=question_a, user=member_a)
    CommentFactory(question=question_a, user=member_a, text="Alleen voor leden.")
    user = role_users[who] or AnonymousUser()

    html = render_participation(question_a, user)

    assert "Alleen voor leden." not in html
    assert member_a.name not in html
    assert "<form" not in html
    assert nl("Support and comments") in html


def test_participation_include_offers_no_forms_on_a_question_that_is_not_public(
    member_a, werkplaats_a
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)

    html = render_participation(question, member_a)

    assert "<form" not in html


def test_participation_include_works_with_only_request_in_the_context(member_a, question_a):
    request = RequestFactory().get("/")
    request.user = member_a
    template = Template('{% include "agenda/includes/participation.html" %}')

    html = template.render(Context({"question": question_a, "request": request}))

    assert support_url(question_a, "vraag") in html

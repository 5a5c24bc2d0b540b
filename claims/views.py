"""Pages for claims, contradictions and speakers: thin views over selectors and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims import jsonld, selectors
from claims.diffview import variant_groups
from claims.forms import (
    ClaimEditForm,
    ClaimFilterForm,
    DecideForm,
    MergeForm,
    QuoteAttributeForm,
    ReasonForm,
    ReviewForm,
    SignoffForm,
    SpeakerSplitForm,
    WatchForm,
    WebhookForm,
)
from claims.models import Claim, Contradiction, Quote, Review, Speaker, Watch
from claims.permissions import is_reviewer, user_roles
from claims.services import editing, signoff
from claims.services.contradictions import contradiction_decide as decide_service
from claims.services.reviews import InvalidVerdict
from claims.services.reviews import claim_edit as edit_service
from claims.services.speakers import speaker_merge as merge_service
from claims.services.speakers import speaker_split as split_service
from claims.services.watchlists import UnknownTarget, watch_follow, watch_unfollow, watches_mark_seen
from claims.watchlists import watch_for, watch_news, watches_for_user
from newsfacts.paging import paginate


def role_post(role: str, message: str):
    """A POST-only view for signed-in users with ``role``: anonymous users go to the login page, others get 403."""
    def wrap(view):
        @login_required
        @require_POST
        def inner(request, *args, **kwargs):
            if not getattr(user_roles(request.user), role):
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)
        inner.__name__, inner.__doc__ = view.__name__, view.__doc__
        return inner
    return wrap


def _next(request, fallback: str) -> str:
    """The POSTed ``next`` when it stays on this site, else ``fallback``."""
    target = request.POST.get("next", "")
    ok = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return target if target and ok else fallback


def _errors(form) -> str:
    return "; ".join(e for errs in form.errors.values() for e in errs)


def dashboard(request):
    recent = Claim.objects.select_related("speaker").order_by("-id")[:8]
    queue = (Claim.objects.filter(status=Claim.Status.UNREVIEWED).select_related("speaker")
             .order_by("-contradiction_count", "-source_count", "-checkworthiness", "-id")[:10])
    open_contradictions = (Contradiction.objects.filter(state=Contradiction.State.OPEN)
                           .select_related("claim").order_by("-id")[:8])
    awaiting = signoff.reviews_awaiting_signoff(limit=10) if is_reviewer(request.user) else []
    return render(request, "claims/dashboard.html", {
        "recent": recent, "queue": queue, "open_contradictions": open_contradictions, "awaiting": awaiting,
        "counts": {"claims": Claim.objects.count(), "open": Contradiction.objects.filter(state="open").count(),
                   "unreviewed": Claim.objects.filter(status="unreviewed").count()},
    })


def claim_list(request):
    form = ClaimFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    qs = selectors.claim_list(filters=filters, sort=filters.get("sort") or "newest")
    page, querystring = paginate(request, qs)
    speaker = Speaker.objects.filter(pk=filters.get("speaker")).first() if filters.get("speaker") else None
    from articles.models import Outlet

    return render(request, "claims/claim_list.html", {
        "form": form, "page_obj": page, "querystring": querystring, "speaker": speaker,
        "outlets": Outlet.objects.order_by("name"), "filtered": bool(request.GET.get("q") or len(request.GET) > 1),
    })


def _claim_context(request, claim: Claim) -> dict:
    reviews = signoff.review_states(signoff.reviews_for_claim(claim_id=claim.pk))
    public = signoff.public_review(reviews)
    url = request.build_absolute_uri(claim.get_absolute_url())
    return {
        "claim": claim, "mentions": list(claim.mentions.all()), "contradictions": list(claim.contradictions.all()),
        "variant_groups": variant_groups(selectors.quote_variants_for_claim(claim)),
        # Verdicts awaiting sign-off are internal: staff see them, readers do not.
        "reviews": reviews if user_roles(request.user).viewer else [r for r in reviews if r.workflow_state == "public"],
        "pending": signoff.pending_review(reviews), "signoff_verdicts": sorted(signoff.SIGNOFF_VERDICTS),
        "related": selectors.related_claims(claim), "review_form": ReviewForm(), "signoff_form": SignoffForm(),
        "edit_form": ClaimEditForm(initial={"text": claim.text}),
        "watch": watch_for(request.user, Watch.Target.CLAIM, claim.pk),
        "jsonld": jsonld.claim_review_jsonld(claim, public, url) if public else None,
    }


def claim_detail(request, pk: int):
    try:
        claim = selectors.claim_get_for_page(claim_id=pk)
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim") from exc
    return render(request, "claims/claim_detail.html", _claim_context(request, claim))


@role_post("reviewer", "Only reviewers can give verdicts.")
def claim_review(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The review was not saved: " + _errors(form))
        return redirect(claim)
    try:
        review = signoff.claim_review_submit(claim_id=claim.pk, reviewer=request.user, **form.cleaned_data)
    except InvalidVerdict as exc:
        messages.error(request, str(exc))
        return redirect(claim)
    label = review.get_verdict_display()
    if signoff.verdict_needs_signoff(review.verdict):
        messages.success(request, f"Saved “{label}”: it is published once a second reviewer signs it off.")
    else:
        messages.success(request, f"Marked as {label}.")
    return redirect(claim)


@role_post("reviewer", "Only reviewers can sign off verdicts.")
def review_signoff(request, pk: int):
    review = get_object_or_404(Review, pk=pk)
    form = SignoffForm(request.POST)
    try:
        signoff.review_signoff(review_id=review.pk, user=request.user,
                               note=form.cleaned_data["note"] if form.is_valid() else "")
        messages.success(request, f"Signed off: the claim is now public as {review.get_verdict_display()}.")
    except signoff.SignoffRefused as exc:
        messages.error(request, str(exc))
    return redirect(review.claim)


@role_post("editor", "Only editors can edit claims.")
def claim_edit(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    form = ClaimEditForm(request.POST)
    if form.is_valid():
        edit_service(claim_id=claim.pk, editor=request.user, **form.cleaned_data)
        messages.success(request, "Statement updated.")
    else:
        messages.error(request, "The statement was not saved: it cannot be empty.")
    return redirect(claim)


def contradiction_list(request):
    qs = Contradiction.objects.select_related("claim").order_by("-id")
    state = request.GET.get("state") or "open"
    if state in Contradiction.State.values:
        qs = qs.filter(state=state)
    kind = request.GET.get("kind")
    if kind in Contradiction.Kind.values:
        qs = qs.filter(kind=kind)
    page, querystring = paginate(request, qs)
    return render(request, "claims/contradiction_list.html", {
        "page_obj": page, "querystring": querystring, "state": state, "kind": kind,
        "states": Contradiction.State.choices, "kinds": Contradiction.Kind.choices,
    })


def contradiction_detail(request, pk: int):
    contradiction = get_object_or_404(
        Contradiction.objects.select_related("claim", "decided_by").prefetch_related("items__article__outlet"), pk=pk
    )
    return render(request, "claims/contradiction_detail.html",
                  {"contradiction": contradiction, "decide_form": DecideForm()})


@role_post("editor", "Only editors can confirm or dismiss contradictions.")
def contradiction_decide(request, pk: int):
    form = DecideForm(request.POST)
    contradiction = get_object_or_404(Contradiction, pk=pk)
    if form.is_valid():
        decide_service(contradiction_id=pk, user=request.user, **form.cleaned_data)
        messages.success(request, f"Contradiction {form.cleaned_data['state']}.")
    return redirect(_next(request, contradiction.get_absolute_url()))


def speaker_list(request):
    qs = Speaker.objects.filter(merged_into__isnull=True).order_by("name", "id")
    if request.GET.get("q"):
        qs = qs.filter(Q(name__icontains=request.GET["q"]) | Q(aliases__alias__icontains=request.GET["q"])).distinct()
    page, querystring = paginate(request, qs, 50)
    return render(request, "claims/speaker_list.html", {"page_obj": page, "querystring": querystring})


def speaker_detail(request, pk: int):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    if speaker.merged_into_id:
        return redirect(speaker.merged_into)
    quotes = Quote.objects.filter(speaker=speaker).select_related("article__outlet").order_by("-id")[:50]
    claims = Claim.objects.filter(speaker=speaker).select_related("speaker").order_by("-source_count", "-id")[:50]
    # Not "roles": that name is the signed-in user's roles in every template.
    speaker_roles = speaker.roles.select_related("article__outlet").order_by("observed_on", "id")
    return render(request, "claims/speaker_detail.html", {
        "speaker": speaker, "quotes": quotes, "claims": claims, "speaker_roles": speaker_roles, "merge_form": MergeForm(),
        "split_form": SpeakerSplitForm(speaker=speaker), "watch": watch_for(request.user, Watch.Target.SPEAKER, pk),
    })


@role_post("editor", "Only editors can merge speakers.")
def speaker_merge(request, pk: int):
    form = MergeForm(request.POST)
    if not form.is_valid() or not Speaker.objects.filter(pk=form.cleaned_data["target"]).exists():
        messages.error(request, "Choose an existing speaker to merge into.")
        return redirect("claims:speaker-detail", pk=pk)
    target = merge_service(source_id=pk, target_id=form.cleaned_data["target"], user=request.user,
                           reason=form.cleaned_data["reason"])
    messages.success(request, f"Merged into {target.name}.")
    return redirect(target)


@role_post("editor", "Only editors can split speakers.")
def speaker_split(request, pk: int):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    form = SpeakerSplitForm(request.POST, speaker=speaker)
    if not form.is_valid():
        messages.error(request, "The speaker was not split: " + _errors(form))
        return redirect(speaker)
    new = split_service(speaker_id=pk, alias_ids=[int(a) for a in form.cleaned_data["aliases"]],
                        name=form.cleaned_data["name"], user=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, f"Split off {new.name}; their quotes moved with the names.")
    return redirect(new)


def quote_detail(request, pk: int):
    quote = get_object_or_404(Quote.objects.select_related("article__outlet", "speaker", "group"), pk=pk)
    siblings = (Quote.objects.filter(group_id=quote.group_id).exclude(pk=pk).select_related("article__outlet", "speaker")
                if quote.group_id else Quote.objects.none())
    query = request.GET.get("speaker_q", "").strip()[:100]
    return render(request, "claims/quote_detail.html", {
        "quote": quote, "siblings": list(siblings), "speaker_q": query,
        "candidates": _speaker_candidates(query), "reason_form": ReasonForm(),
    })


def _speaker_candidates(query: str, limit: int = 20) -> list[Speaker]:
    """Speakers whose name or alias contains ``query``, for the attribution picker."""
    if not query:
        return []
    qs = Speaker.objects.filter(merged_into__isnull=True).filter(
        Q(name__icontains=query) | Q(aliases__alias__icontains=query))
    return list(qs.distinct().order_by("name", "id")[:limit])


@role_post("editor", "Only editors can correct quotes.")
def quote_attribute(request, pk: int):
    quote = get_object_or_404(Quote, pk=pk)
    form = QuoteAttributeForm(request.POST)
    if form.is_valid():
        quote = editing.quote_attribute(quote_id=pk, speaker_id=form.cleaned_data["speaker"], user=request.user,
                                        reason=form.cleaned_data["reason"])
        messages.success(request, f"Speaker set to {quote.speaker or 'unattributed'}; re-extraction keeps it.")
    else:
        messages.error(request, "The speaker was not changed: " + _errors(form))
    return redirect("claims:quote-detail", pk=pk)


@role_post("editor", "Only editors can delete quotes.")
def quote_delete(request, pk: int):
    get_object_or_404(Quote, pk=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    article_id = editing.quote_delete(quote_id=pk, user=request.user, reason=reason)
    messages.success(request, "Quote deleted.")
    return redirect("articles:detail", pk=article_id)


@role_post("editor", "Only editors can split utterances.")
def quote_detach(request, pk: int):
    get_object_or_404(Quote, pk=pk)
    form = ReasonForm(request.POST)
    editing.quote_detach(quote_id=pk, user=request.user, reason=form.cleaned_data["reason"] if form.is_valid() else "")
    messages.success(request, "Marked as a different utterance; contradictions were re-checked.")
    return redirect("claims:quote-detail", pk=pk)


@login_required
def following(request):
    """What is new for each followed speaker, outlet and claim since the last visit; then marked seen."""
    now = timezone.now()
    watches = watches_for_user(request.user)
    news = watch_news(watches, until=now)
    rows = [(w, news[w.pk], WebhookForm(initial={"webhook_url": w.webhook_url})) for w in watches]
    response = render(request, "claims/following.html", {"rows": rows, "total": sum(n.total for n in news.values())})
    watches_mark_seen(user=request.user, at=now)
    return response


@login_required
@require_POST
def watch_toggle(request):
    form = WatchForm(request.POST)
    if not form.is_valid():
        raise Http404("Nothing to follow")
    target = (request.user, form.cleaned_data["target_type"], form.cleaned_data["target_id"])
    if request.POST.get("action") == "unfollow":
        watch_unfollow(user=target[0], target_type=target[1], target_id=target[2])
        messages.success(request, "Unfollowed.")
    else:
        try:
            watch_follow(user=target[0], target_type=target[1], target_id=target[2])
        except UnknownTarget as exc:
            raise Http404(str(exc)) from exc
        messages.success(request, "Following: new quotes, sources and contradictions show on your Following page.")
    return redirect(_next(request, reverse("claims:following")))


@login_required
@require_POST
def watch_webhook(request, pk: int):
    watch = get_object_or_404(Watch, pk=pk, user=request.user)
    form = WebhookForm(request.POST)
    if form.is_valid():
        watch_follow(user=request.user, target_type=watch.target_type, target_id=watch.target_id,
                     webhook_url=form.cleaned_data["webhook_url"])
        messages.success(request, "Webhook saved." if form.cleaned_data["webhook_url"] else "Webhook removed.")
    else:
        messages.error(request, "The webhook was not saved: " + _errors(form))
    return redirect("claims:following")

"""Pages for claims, contradictions and speakers: thin views over selectors and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import jsonld, selectors
from claims.diffview import variant_groups
from claims.forms import ClaimEditForm, ClaimFilterForm, DecideForm, MergeForm, ReviewForm
from claims.models import Claim, Contradiction, Quote, Speaker
from claims.permissions import is_editor, is_reviewer
from claims.services.contradictions import contradiction_decide as decide_service
from claims.services.reviews import InvalidVerdict
from claims.services.reviews import claim_edit as edit_service
from claims.services.reviews import claim_review as review_service
from claims.services.speakers import speaker_merge as merge_service

PAGE_SIZE = 25


def _page(request, qs, size: int = PAGE_SIZE):
    page = Paginator(qs, size).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()


def dashboard(request):
    recent = Claim.objects.select_related("speaker").order_by("-id")[:8]
    queue = (Claim.objects.filter(status=Claim.Status.UNREVIEWED).select_related("speaker")
             .order_by("-contradiction_count", "-source_count", "-checkworthiness", "-id")[:10])
    open_contradictions = (Contradiction.objects.filter(state=Contradiction.State.OPEN)
                           .select_related("claim").order_by("-id")[:8])
    return render(request, "claims/dashboard.html", {
        "recent": recent, "queue": queue, "open_contradictions": open_contradictions,
        "counts": {"claims": Claim.objects.count(), "open": Contradiction.objects.filter(state="open").count(),
                   "unreviewed": Claim.objects.filter(status="unreviewed").count()},
    })


def claim_list(request):
    form = ClaimFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    qs = selectors.claim_list(filters=filters, sort=filters.get("sort") or "newest")
    page, querystring = _page(request, qs)
    speaker = Speaker.objects.filter(pk=filters.get("speaker")).first() if filters.get("speaker") else None
    from articles.models import Outlet

    return render(request, "claims/claim_list.html", {
        "form": form, "page_obj": page, "querystring": querystring, "speaker": speaker,
        "outlets": Outlet.objects.order_by("name"), "filtered": bool(request.GET.get("q") or len(request.GET) > 1),
    })


def claim_detail(request, pk: int):
    try:
        claim = selectors.claim_get_for_page(claim_id=pk)
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim") from exc
    variants = selectors.quote_variants_for_claim(claim)
    reviews = list(claim.reviews.all())
    return render(request, "claims/claim_detail.html", {
        "claim": claim, "mentions": list(claim.mentions.all()), "variant_groups": variant_groups(variants),
        "contradictions": list(claim.contradictions.all()), "reviews": reviews,
        "related": selectors.related_claims(claim), "review_form": ReviewForm(),
        "edit_form": ClaimEditForm(initial={"text": claim.text}),
        "jsonld": jsonld.claim_review_jsonld(claim, reviews[0], request.build_absolute_uri(claim.get_absolute_url()))
        if reviews else None,
    })


@login_required
@require_POST
def claim_review(request, pk: int):
    if not is_reviewer(request.user):
        raise PermissionDenied("Only reviewers can give verdicts.")
    claim = get_object_or_404(Claim, pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            review_service(claim_id=claim.pk, reviewer=request.user, **form.cleaned_data)
            messages.success(request, f"Marked “{claim.text[:60]}” as {form.cleaned_data['verdict']}.")
        except InvalidVerdict as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "The review was not saved: " + "; ".join(e for errs in form.errors.values() for e in errs))
    return redirect(claim)


@login_required
@require_POST
def claim_edit(request, pk: int):
    if not is_editor(request.user):
        raise PermissionDenied("Only editors can edit claims.")
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
    page, querystring = _page(request, qs)
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


@login_required
@require_POST
def contradiction_decide(request, pk: int):
    if not is_editor(request.user):
        raise PermissionDenied("Only editors can confirm or dismiss contradictions.")
    form = DecideForm(request.POST)
    contradiction = get_object_or_404(Contradiction, pk=pk)
    if form.is_valid():
        decide_service(contradiction_id=pk, user=request.user, **form.cleaned_data)
        messages.success(request, f"Contradiction {form.cleaned_data['state']}.")
    return redirect(request.POST.get("next") or contradiction.get_absolute_url())


def speaker_list(request):
    qs = Speaker.objects.filter(merged_into__isnull=True).order_by("name", "id")
    if request.GET.get("q"):
        qs = qs.filter(Q(name__icontains=request.GET["q"]) | Q(aliases__alias__icontains=request.GET["q"])).distinct()
    page, querystring = _page(request, qs, 50)
    return render(request, "claims/speaker_list.html", {"page_obj": page, "querystring": querystring})


def speaker_detail(request, pk: int):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    if speaker.merged_into_id:
        return redirect(speaker.merged_into)
    quotes = Quote.objects.filter(speaker=speaker).select_related("article__outlet").order_by("-id")[:50]
    claims = Claim.objects.filter(speaker=speaker).order_by("-source_count", "-id")[:50]
    roles = speaker.roles.select_related("article__outlet").order_by("observed_on", "id")
    return render(request, "claims/speaker_detail.html", {
        "speaker": speaker, "quotes": quotes, "claims": claims, "roles": roles, "merge_form": MergeForm(),
    })


@login_required
@require_POST
def speaker_merge(request, pk: int):
    if not is_editor(request.user):
        raise PermissionDenied("Only editors can merge speakers.")
    form = MergeForm(request.POST)
    if not form.is_valid() or not Speaker.objects.filter(pk=form.cleaned_data["target"]).exists():
        messages.error(request, "Choose an existing speaker to merge into.")
        return redirect("claims:speaker-detail", pk=pk)
    target = merge_service(source_id=pk, target_id=form.cleaned_data["target"], user=request.user,
                           reason=form.cleaned_data["reason"])
    messages.success(request, f"Merged into {target.name}.")
    return redirect(target)

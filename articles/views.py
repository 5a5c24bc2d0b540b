"""Pages for articles, outlets and ingestion: thin views over services."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render

from articles.forms import FeedForm, PasteForm, UploadForm, UrlForm
from articles.models import Article, Feed, IngestJob, Outlet
from articles.services.feeds import feed_subscribe
from articles.services.ingest import IngestRejected, ingest_submit
from articles.versions import line_diff
from claims.highlight import Span, paragraphs
from claims.models import Watch
from claims.permissions import is_editor
from claims.watchlists import watch_for
from newsfacts.paging import paginate


def article_list(request):
    qs = Article.objects.select_related("outlet").order_by("-id")
    if request.GET.get("q"):
        qs = qs.filter(title__icontains=request.GET["q"].strip()[:200])
    page, querystring = paginate(request, qs)
    return render(request, "articles/article_list.html", {"page_obj": page, "querystring": querystring})


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("outlet", "copy_of__outlet"), pk=pk)
    quotes = list(article.quotes.select_related("speaker").order_by("start"))
    mentions = list(article.claim_mentions.select_related("claim").order_by("start"))
    spans = [Span(q.start, q.end, "q", q.pk, f"Quote: {q.speaker or 'unattributed'}") for q in quotes]
    spans += [Span(m.start, m.end, "c", m.claim_id) for m in mentions]
    versions = [(v, line_diff(v.body, newer)) for v, newer in _version_pairs(article)]
    return render(request, "articles/article_detail.html", {
        "article": article, "paragraphs": paragraphs(article.body, spans), "quotes": quotes, "mentions": mentions,
        "versions": versions,
    })


def _version_pairs(article: Article):
    """Each earlier version with the text that replaced it (newest first)."""
    newer = article.body
    for version in article.versions.all():
        yield version, newer
        newer = version.body


def outlet_list(request):
    outlets = Outlet.objects.annotate(n_articles=Count("articles")).order_by("name")
    return render(request, "articles/outlet_list.html", {"outlets": outlets})


def outlet_detail(request, slug: str):
    outlet = get_object_or_404(Outlet, slug=slug)
    page, querystring = paginate(request, outlet.articles.order_by("-id"))
    return render(request, "articles/outlet_detail.html", {
        "outlet": outlet, "page_obj": page, "querystring": querystring,
        "watch": watch_for(request.user, Watch.Target.OUTLET, outlet.pk),
    })


def _submit_forms(request, batch: str):
    """Handle whichever of the four ingest forms was posted; returns the bound forms."""
    action = request.POST.get("action")
    forms = {"paste": PasteForm(), "upload": UploadForm(), "url": UrlForm(), "feed": FeedForm()}
    if action == "paste":
        forms["paste"] = form = PasteForm(request.POST)
        if form.is_valid():
            label = form.cleaned_data["title"] or f"Pasted text ({form.cleaned_data['text'][:40].strip()}…)"
            ingest_submit(kind=IngestJob.Kind.TEXT, source=label, payload=form.cleaned_data["text"].encode(),
                          user=request.user, batch=batch)
            return forms, 1
    elif action == "upload":
        forms["upload"] = form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            for f in form.cleaned_data["files"]:
                ingest_submit(kind=IngestJob.Kind.FILE, source=f.name, payload=f.read(),
                              content_type=f.content_type or "", user=request.user, batch=batch)
            return forms, len(form.cleaned_data["files"])
    elif action == "url":
        forms["url"] = form = UrlForm(request.POST)
        if form.is_valid():
            ingest_submit(kind=IngestJob.Kind.URL, source=form.cleaned_data["url"], user=request.user, batch=batch)
            return forms, 1
    elif action == "feed":
        forms["feed"] = form = FeedForm(request.POST)
        if form.is_valid():
            feed_subscribe(url=form.cleaned_data["feed_url"], user=request.user)
            messages.success(request, "Subscribed: the feed is polled every few minutes.")
            return forms, 0
    return forms, None


@login_required
def ingest(request):
    if not is_editor(request.user):
        raise PermissionDenied("Only editors can add articles.")
    batch = str(uuid.uuid4())
    forms = {"paste": PasteForm(), "upload": UploadForm(), "url": UrlForm(), "feed": FeedForm()}
    if request.method == "POST":
        try:
            forms, submitted = _submit_forms(request, batch)
        except IngestRejected as exc:
            messages.error(request, str(exc))
            submitted = None
        if submitted:
            messages.success(request, f"Submitted {submitted} item{'s' if submitted != 1 else ''}.")
            return redirect(f"{request.path}?batch={batch}")
        if submitted == 0:
            return redirect(request.path)
    jobs = IngestJob.objects.select_related("article").order_by("-id")
    if request.GET.get("batch"):
        jobs = jobs.filter(batch=request.GET["batch"])
    return render(request, "articles/ingest.html", {
        "forms": forms, "jobs": jobs[:50], "batch": request.GET.get("batch", ""),
        "feeds": Feed.objects.order_by("-id")[:20],
    })


def _jobs(request):
    jobs = IngestJob.objects.select_related("article").order_by("-id")
    if request.GET.get("batch"):
        jobs = jobs.filter(batch=request.GET["batch"])
    if request.GET.get("state") in IngestJob.State.values:
        jobs = jobs.filter(state=request.GET["state"])
    return jobs


@login_required
def job_list(request):
    page, querystring = paginate(request, _jobs(request), 50)
    return render(request, "articles/job_list.html", {"page_obj": page, "querystring": querystring,
                                                      "states": IngestJob.State.choices})


@login_required
def job_rows(request):
    """The rows of the jobs table, polled by the page for live progress."""
    jobs = list(_jobs(request)[:50])
    return render(request, "articles/partials/_job_rows.html",
                  {"jobs": jobs, "all_finished": all(j.is_finished for j in jobs)})

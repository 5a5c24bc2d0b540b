"""Page-number pagination for the HTML lists (the API uses cursors)."""

from django.core.paginator import Page, Paginator

PAGE_SIZE = 25


def paginate(request, queryset, size: int = PAGE_SIZE) -> tuple[Page, str]:
    """The requested page and the current query string without ``page`` (for the pagination links)."""
    page = Paginator(queryset, size).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()

"""Errors answer in the client's language: JSON under /api/, the site's pages elsewhere."""

import pytest


@pytest.mark.django_db
def test_api_paths_that_match_no_route_answer_json_404(client):
    """A malformed id under /api/ gets a JSON 404, as the schema documents."""
    response = client.post("/api/claims/1.5/review/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found."}


@pytest.mark.django_db
def test_missing_pages_render_the_site_404(client):
    """A missing claim page is the site's own 404 page with a way back."""
    response = client.get("/claims/999999/")
    assert response.status_code == 404
    assert b"Back to the dashboard" in response.content

"""The API router: both apps' viewsets under /api/."""

from rest_framework.routers import DefaultRouter

from articles.api import ArticleViewSet, IngestJobViewSet, OutletViewSet
from claims.api.contradictions import ContradictionViewSet
from claims.api.speakers import SpeakerViewSet
from claims.api.views import ClaimReviewFeedViewSet, ClaimViewSet, QuoteViewSet, ReviewViewSet

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("claimreviews", ClaimReviewFeedViewSet, basename="claimreview")
router.register("quotes", QuoteViewSet, basename="quote")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("contradictions", ContradictionViewSet, basename="contradiction")
router.register("reviews", ReviewViewSet, basename="review")
router.register("articles", ArticleViewSet, basename="article")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("jobs", IngestJobViewSet, basename="ingestjob")

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims, quotes and reviews"

    def ready(self) -> None:
        import newsfacts.lookups  # noqa: F401  (registers the __anyof lookup)

"""Errors raised while turning fetched bytes into article text."""


class CleaningError(ValueError):
    """The input cannot be turned into article text."""


class BinaryInput(CleaningError):
    """The bytes are not text at all (an image, a PDF, an archive...)."""


class UndecodableInput(CleaningError):
    """The bytes look like text but no character encoding decodes them."""


class EmptyArticle(CleaningError):
    """Nothing is left once boilerplate is removed."""


class NoArticleText(CleaningError):
    """An HTML page has no article body (an index page, an error page, an empty shell)."""

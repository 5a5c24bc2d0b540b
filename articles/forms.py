from django import forms


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class PasteForm(forms.Form):
    title = forms.CharField(max_length=300, required=False, label="Label",
                            help_text="Shown as the article's source, e.g. the outlet and date.")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), label="Article text",
                           help_text="Headline on the first line, then the body.")


class UploadForm(forms.Form):
    files = MultipleFileField(label="Files (.txt or .html)")


class UrlForm(forms.Form):
    url = forms.URLField(max_length=2000, label="Article URL", assume_scheme="https")


class FeedForm(forms.Form):
    feed_url = forms.URLField(max_length=2000, label="RSS or Atom feed URL", assume_scheme="https")

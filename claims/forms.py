from django import forms

from claims.models import Claim, Contradiction
from claims.services.reviews import VERDICTS


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(choices=[(v, Claim.Status(v).label) for v in VERDICTS])
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5000)
    evidence_urls = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, label="Evidence URLs",
        help_text="One link per line.",
    )

    def clean_evidence_urls(self) -> list[str]:
        validator = forms.URLField(assume_scheme="https")
        return [validator.clean(line.strip()) for line in self.cleaned_data["evidence_urls"].splitlines() if line.strip()]


class ClaimEditForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, label="Statement")
    reason = forms.CharField(required=False, max_length=500)


class DecideForm(forms.Form):
    state = forms.ChoiceField(choices=[(Contradiction.State.CONFIRMED, "Confirm"),
                                       (Contradiction.State.DISMISSED, "Dismiss"),
                                       (Contradiction.State.OPEN, "Reopen")])
    note = forms.CharField(required=False, max_length=1000)


class ClaimFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *Claim.Status.choices])
    speaker = forms.IntegerField(required=False, widget=forms.HiddenInput)
    outlet = forms.SlugField(required=False)
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    has_contradictions = forms.ChoiceField(required=False, label="Contradictions",
                                           choices=[("", "Any"), ("yes", "With contradictions"), ("no", "None")])
    contradiction_kind = forms.ChoiceField(required=False, label="Contradiction kind",
                                           choices=[("", "Any kind"), *Contradiction.Kind.choices])
    sort = forms.ChoiceField(required=False, choices=[("newest", "Newest"), ("sources", "Most sources"),
                                                      ("disputed", "Most disputed"), ("checkworthy", "Check-worthiness")])


class MergeForm(forms.Form):
    target = forms.IntegerField(label="Merge into speaker #")
    reason = forms.CharField(required=False, max_length=500)

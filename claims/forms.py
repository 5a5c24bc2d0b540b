from django import forms

from claims.models import Claim, Contradiction, Speaker, Watch
from claims.services.reviews import VERDICTS


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(choices=[(v, Claim.Status(v).label) for v in VERDICTS],
                                widget=forms.Select(attrs={"aria-describedby": "verdict-help"}))
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


class SignoffForm(forms.Form):
    note = forms.CharField(required=False, max_length=2000, label="Note (optional)")


class ReasonForm(forms.Form):
    reason = forms.CharField(required=False, max_length=500, label="Reason (optional)")


class QuoteAttributeForm(forms.Form):
    """``speaker`` is a speaker id, or "none" for an unattributed quote."""

    speaker = forms.CharField(max_length=20)
    reason = forms.CharField(required=False, max_length=500)

    def clean_speaker(self) -> int | None:
        value = self.cleaned_data["speaker"].strip()
        if value == "none":
            return None
        if not value.isdigit() or not Speaker.objects.filter(pk=int(value)).exists():
            raise forms.ValidationError("Choose a speaker from the list, or “unattributed”.")
        return int(value)


class SpeakerSplitForm(forms.Form):
    aliases = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, label="Names to split off")
    name = forms.CharField(max_length=300, label="Name of the new speaker")
    reason = forms.CharField(required=False, max_length=500)

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aliases"].choices = [(str(a.pk), a.alias) for a in speaker.aliases.all()]


class WatchForm(forms.Form):
    target_type = forms.ChoiceField(choices=Watch.Target.choices)
    target_id = forms.IntegerField(min_value=1)


class WebhookForm(forms.Form):
    webhook_url = forms.URLField(required=False, max_length=2000, assume_scheme="https", label="Webhook URL",
                                 help_text="Optional. New items are POSTed here as JSON every few minutes.")

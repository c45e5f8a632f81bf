from django import forms
from django.conf import settings


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        # Each file is judged on its own by the decoder (an empty one among good ones must not
        # fail the whole upload), so only collect them here.
        files = data if isinstance(data, (list, tuple)) else [data]
        return [f for f in files if f]


class UploadForm(forms.Form):
    files = MultipleFileField(required=False, label="Article files (.txt or .html, several at once)")
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6, "dir": "auto", "lang": "ar"}),
                           label="…or paste an article")
    outlet = forms.CharField(required=False, max_length=200)
    url = forms.URLField(required=False, max_length=1000, label="Source URL", assume_scheme="https")
    published = forms.DateField(required=False, label="Publication date",
                                widget=forms.DateInput(attrs={"type": "date"}),
                                help_text="Relative dates («مساء السبت») are resolved against it. "
                                          "Left empty: the date in the page or text, else today (flagged).")

    def clean(self):
        data = super().clean()
        files = data.get("files") or []
        if not files and not (data.get("text") or "").strip():
            raise forms.ValidationError("Choose at least one file or paste an article.")
        if len(files) > settings.UPLOAD_MAX_FILES:
            raise forms.ValidationError(
                f"{len(files)} files at once is too many; upload at most {settings.UPLOAD_MAX_FILES} per batch.")
        total = sum(f.size for f in files)
        if total > settings.UPLOAD_MAX_TOTAL_BYTES:
            raise forms.ValidationError(
                f"These files add up to {total / 1e6:.1f} MB; one upload may carry at most "
                f"{settings.UPLOAD_MAX_TOTAL_BYTES / 1e6:.0f} MB. Nothing was stored: upload them in smaller batches.")
        return data

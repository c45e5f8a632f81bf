from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ingest import metadata


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
    files = MultipleFileField(required=False, label=_("Article files (.txt or .html, several at once)"))
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6, "dir": "auto", "lang": "ar"}),
                           label=_("…or paste an article"))
    outlet = forms.CharField(required=False, max_length=200, label=_("Outlet"))
    url = forms.URLField(required=False, max_length=1000, label=_("Source URL"), assume_scheme="https")
    published = forms.DateField(required=False, label=_("Publication date"),
                                widget=forms.DateInput(attrs={"type": "date"}),
                                help_text=_("Relative dates («مساء السبت») are resolved against it. "
                                            "Left empty: the date in the page or text, else today (flagged)."))
    metadata = forms.FileField(
        required=False, label=_("Metadata for this batch (optional)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.jsonl,.json,.txt,text/csv"}),
        help_text=_("CSV with the columns file, published, outlet, url, or JSON lines with those keys: one line "
                    "per file, by its name. It wins over the fields above."))

    def clean_text(self):
        # Pasted text is held to the same limit as a file: it is stored and parsed the same way.
        text = self.cleaned_data.get("text") or ""
        size, limit = len(text.encode("utf-8")), settings.UPLOAD_MAX_FILE_BYTES
        if size > limit:
            raise forms.ValidationError(
                _("The pasted text is %(size).1f MB; the limit is %(max).1f MB, as for a file. Nothing was stored.")
                % {"size": size / 1e6, "max": limit / 1e6})
        return text

    def clean_metadata(self):
        upload = self.cleaned_data.get("metadata")
        if not upload:
            return {}
        if upload.size > 1_000_000:
            raise forms.ValidationError(_("The metadata file is larger than 1 MB."))
        try:
            return metadata.by_file(upload.read().decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(_("Save the metadata file as UTF-8.")) from exc
        except metadata.MetadataError as exc:
            raise forms.ValidationError(_("Metadata file, %(error)s") % {"error": exc}) from exc

    def clean(self):
        data = super().clean()
        files = data.get("files") or []
        if not files and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Choose at least one file or paste an article."))
        if len(files) > settings.UPLOAD_MAX_FILES:
            raise forms.ValidationError(
                ngettext("%(n)d files at once is too many; upload at most %(max)d per batch.",
                         "%(n)d files at once is too many; upload at most %(max)d per batch.", len(files))
                % {"n": len(files), "max": settings.UPLOAD_MAX_FILES})
        total = sum(f.size for f in files)
        if total > settings.UPLOAD_MAX_TOTAL_BYTES:
            raise forms.ValidationError(
                _("These files add up to %(total).1f MB; one upload may carry at most %(max).0f MB. Nothing was "
                  "stored: upload them in smaller batches.")
                % {"total": total / 1e6, "max": settings.UPLOAD_MAX_TOTAL_BYTES / 1e6})
        return data

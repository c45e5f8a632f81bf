"""Import the area's villages from GeoNames country dumps (SY.zip, IQ.zip): see ingest.geonames."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest.geonames import GeoNamesFileError, import_geonames


class Command(BaseCommand):
    help = ("Import villages and sites inside the area from GeoNames dump files "
            "(https://download.geonames.org/export/dump/SY.zip, IQ.zip; .zip or .txt).")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="count what would change, write nothing")

    def handle(self, paths, dry_run, **options):
        try:
            report = import_geonames(paths, dry_run=dry_run)
        except GeoNamesFileError as exc:
            raise CommandError(str(exc)) from exc
        would = "would be " if dry_run else ""
        self.stdout.write(f"read {report.read} rows; {report.in_area} populated places and sites in the area")
        self.stdout.write(f"{would}imported {report.imported}, {would}updated {report.updated}, "
                          f"unchanged {report.unchanged}")
        for reason, n in sorted(report.skipped.items()):
            self.stdout.write(f"skipped {n}: {reason}")

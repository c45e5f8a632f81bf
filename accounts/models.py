# No models: roles are auth groups. This module exists so post_migrate is sent
# for this app, after the events and ingest permissions exist (see apps.py).

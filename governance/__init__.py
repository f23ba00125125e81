"""Imprimatur's governance layer: a plain Python library (it never imports ray).

Moderation, NSFW filtering, invisible watermarking, C2PA provenance and the audit log,
each behind a small interface, ordered by :mod:`governance.pipeline`.
"""

__version__ = "0.1.0"

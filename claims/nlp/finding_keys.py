"""Stable identities for contradiction findings, shared by the rules."""

from __future__ import annotations

import hashlib
import re


def stable_key(kind: str, *parts: object) -> str:
    """A short digest of what a finding is about; equal inputs give equal keys."""
    norm = "|".join(re.sub(r"\s+", " ", str(p)).strip().lower() for p in parts)
    return f"{kind}:{hashlib.sha1(norm.encode()).hexdigest()[:16]}"

"""The one place that records who changed what, when and why."""

from __future__ import annotations

from claims.models import AuditEntry


def audit_record(*, actor, action: str, target, summary: str, data: dict | None = None) -> AuditEntry:
    """Record one human write; call inside the write's transaction."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=target._meta.model_name,
        target_id=target.pk,
        summary=summary[:500],
        data=data or {},
    )

"""Roles are Django groups; every write checks one of them, on pages and in the API."""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework.permissions import SAFE_METHODS, BasePermission

VIEWER, EDITOR, REVIEWER = "viewer", "editor", "reviewer"
ROLE_NAMES = (VIEWER, EDITOR, REVIEWER)


@dataclass(frozen=True)
class Roles:
    viewer: bool = False
    editor: bool = False
    reviewer: bool = False
    admin: bool = False


def user_roles(user) -> Roles:
    """The roles of ``user``; cached on the instance so a page asks the database once."""
    if user is None or not user.is_authenticated:
        return Roles()
    cached = getattr(user, "_newsfacts_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        admin = user.is_superuser
        cached = Roles(
            viewer=admin or bool(names & set(ROLE_NAMES)),
            editor=admin or EDITOR in names,
            reviewer=admin or REVIEWER in names,
            admin=admin,
        )
        user._newsfacts_roles = cached
    return cached


def is_editor(user) -> bool:
    return user_roles(user).editor


def is_reviewer(user) -> bool:
    return user_roles(user).reviewer


class ReadOnlyOrRole(BasePermission):
    """Anyone reads; writes need the view's ``write_role`` (editor by default)."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if not request.user or not request.user.is_authenticated:
            return False
        role = getattr(view, "write_role", EDITOR)
        return getattr(user_roles(request.user), role)


class IsEditor(BasePermission):
    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and is_editor(request.user))


class IsReviewer(BasePermission):
    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and is_reviewer(request.user))

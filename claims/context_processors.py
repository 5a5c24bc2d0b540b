from claims.permissions import user_roles


def roles(request):
    """Expose the signed-in user's roles to templates (`roles.editor`...)."""
    return {"roles": user_roles(getattr(request, "user", None))}

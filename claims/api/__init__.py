"""The claims app's REST API: serializers, filters and viewsets, routed in newsfacts/api.py."""

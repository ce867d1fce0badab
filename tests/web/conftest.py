import pytest
from django.test import Client


@pytest.fixture
def bearer(officers):
    """Each officer's API token, as the Authorization header a client sends."""
    from dialogue.access.services import token_issue

    return {name: {"HTTP_AUTHORIZATION": f"Bearer {token_issue(user, name='tests')}"} for name, user in officers.items()}


@pytest.fixture
def signed_in(officers):
    """A browser-like client signed in as one of the officers ('kz', 'jp', 'reviewer', 'admin')."""
    def client_for(name: str) -> Client:
        client = Client()
        client.force_login(officers[name])
        return client
    return client_for

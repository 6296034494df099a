import pytest
from django.core.cache import cache

from tests.factories import UserFactory, build_site


@pytest.fixture(autouse=True)
def _clear_cache():
    # The page cache and fragment caches live in the local-memory cache: start every test clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    return build_site(lessons=3)


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client

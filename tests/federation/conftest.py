import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "loopback: two real installations on loopback ports harvest each other (slow, ~30 s)",
    )


@pytest.fixture
def no_network(monkeypatch):
    """Nothing in a test may reach out: the real fetch fails loudly if it is called."""
    from werkplaats.federation import oai_client

    def refuse(base_url, params):
        raise AssertionError(f"the test tried to fetch {base_url}")

    monkeypatch.setattr(oai_client, "fetch_url", refuse)

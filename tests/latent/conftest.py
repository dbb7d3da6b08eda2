import pytest

from tests.latent.small_runs import one_torch_thread, vae_2d


@pytest.fixture(scope="session")
def vae_run(tmp_path_factory):
    return vae_2d(tmp_path_factory)


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with one_torch_thread():
        yield

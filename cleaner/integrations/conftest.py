"""pytest: collect each integration's doctests only when its framework is installed
(``pytest --doctest-modules`` imports every module it collects)."""
import importlib.util


def _missing(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is None
    except (ImportError, ValueError):
        return True


collect_ignore = [f"{name}.py" for name in ("scrapy", "datatrove") if _missing(name)]

"""pyproject.toml ships every file in resources/: each folder named as a package, each
file matched by its package's data patterns. (A folder setuptools is not told of makes
it warn, and a later setuptools may leave the folder out; tests/e2e/test_installed_wheel.py
checks the built wheel itself, this checks the configuration without building.)"""

import tomllib
from fnmatch import fnmatch

from tests.helpers.app_process import PROJECT

RESOURCES = PROJECT / "resources"
PACKAGE = "posture_break.resources"


def setuptools_config():
    return tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["setuptools"]


def package_of(folder):
    return ".".join([PACKAGE, *folder.relative_to(RESOURCES).parts])


def shipped_folders():
    return [RESOURCES, *(p for p in RESOURCES.rglob("*") if p.is_dir() and p.name != "__pycache__")]


def test_every_folder_of_resources_is_a_package():
    packages = set(setuptools_config()["packages"])
    assert [package_of(f) for f in shipped_folders() if package_of(f) not in packages] == []


def test_every_file_of_resources_is_in_its_packages_data():
    data = setuptools_config()["package-data"]
    left_out = [
        str(file.relative_to(RESOURCES))
        for folder in shipped_folders()
        for file in folder.iterdir()
        if file.is_file()
        and file.name != "__init__.py"
        and not any(fnmatch(file.name, pattern) for pattern in data.get(package_of(folder), []))
    ]
    assert left_out == []

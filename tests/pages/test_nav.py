"""The navigation: the pages, titled in the UI language, built once per language and given
to each run as its own objects."""

from tests.apptest import run_page
from ui import nav


def test_pages_are_titled_in_the_language_and_copied_for_each_run():
    for lang, funding in (("vi", "Kinh phí"), ("en", "Funding")):
        at = run_page("funding.py", lang=lang)
        assert not at.exception
        built = nav._built(lang)  # filled by the run
        assert [p.title for p in built][1] == funding
        assert [p.url_path for p in built] == [
            "",
            "kinh-phi",
            "muc-tieu",
            "kich-ban",
            "tien-do",
            "ban-do",
            "phan-bo",
            "du-lieu",
        ]
        first, second = nav.pages(lang), nav.pages(lang)
        # each run its own objects (st.navigation marks the one it returns as runnable)
        assert all(a is not b and a is not c for a, b, c in zip(first, second, built))
        assert [p.title for p in first] == [p.title for p in built]
        assert [p.url_path for p in first] == [p.url_path for p in second]
        assert first[0]._default and not any(p._default for p in first[1:])


def test_no_pages_folder_beside_the_entry_script():
    """A ``pages/`` folder beside app.py puts a fresh Streamlit process in its old
    folder-based navigation until st.navigation has run once: the first visitor of a deep link
    got a "Page not found" dialog (issue 19). The pages live in app_pages/."""
    from gnbv.settings import REPO_ROOT

    assert not (REPO_ROOT / "pages").exists(), "move the page files to app_pages/"
    assert (REPO_ROOT / "app_pages" / "home.py").exists()

"""Which version a reviewer's save is based on (core/store/claims.py): what the stores' triggers compare to refuse
a save that would overwrite a colleague's decision. Found untested by the mutation report (tests/mutation-report.md):
a claim on a fresh submission, a version read back from a claim, a row version another program left empty."""
from qgis.core import NULL
from stadtdialog.core.store.claims import claim, current_user, read_version


def test_a_save_claims_the_version_after_the_one_it_read():
    assert claim(0) == -1 and claim(None) == -1  # a fresh submission (or one from another program): version 1
    assert claim(3) == -4


def test_the_version_an_edit_was_based_on_is_read_back_from_a_claim_and_from_a_plain_version():
    assert read_version(claim(3)) == 3 and read_version(claim(0)) == 0  # a claim says what it was based on
    assert read_version(5) == 5 and read_version("7") == 7  # a plain version, as QGIS or a text field gives it


def test_an_empty_row_version_counts_as_version_0():
    assert read_version(None) == 0 and read_version("") == 0 and read_version(NULL) == 0
    assert read_version("NULL") == 0  # as an old QVariant prints it


def test_who_decided_is_always_named():
    assert current_user()  # QGIS's full user name, else the account: the audit log's "user" is never empty

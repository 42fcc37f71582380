"""Accounts: scrypt hashes, sign-in with its slowdown, recovery code, who manages accounts."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest
from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry, User
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role, UserRecord
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    GiamsatError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.messages import describe
from giamsat_desktop.services.accounts import secrets as account_secrets
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.safety.database import Database, open_database

ADMIN_PASSWORD = "Tân Hưng 2024"
CLERK_PASSWORD = "sổ văn bản đến"
VIEWER_PASSWORD = "chỉ xem thôi"
ADMIN = Actor("quantri", Role.ADMIN)
CODE_SHAPE = re.compile(r"^[A-HJKMNP-Z2-9]{5}(-[A-HJKMNP-Z2-9]{5}){3}$")
T0 = 1_700_000_000.0


@pytest.fixture
def factory(office_database: Database) -> SessionFactory:
    return office_database.session_factory


@pytest.fixture
def first_admin(factory: SessionFactory) -> tuple[UserRecord, str]:
    return accounts.create_first_admin(factory, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)


@pytest.fixture
def clerk(factory: SessionFactory, first_admin: tuple[UserRecord, str]) -> UserRecord:
    record, _ = accounts.add_user(
        factory, ADMIN, "vanthu", "Trần Thị Thư", Role.CLERK, CLERK_PASSWORD
    )
    return record


@pytest.fixture
def viewer(factory: SessionFactory, first_admin: tuple[UserRecord, str]) -> UserRecord:
    record, _ = accounts.add_user(
        factory, ADMIN, "khach", "Lê Văn Xem", Role.VIEWER, VIEWER_PASSWORD
    )
    return record


def stored_secret(factory: SessionFactory, username: str) -> str:
    with factory() as session:
        return session.scalar(select(User.password_hash).where(User.username == username)) or ""


def audit_rows(factory: SessionFactory) -> list[AuditEntry]:
    with factory() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def user(factory: SessionFactory, username: str) -> UserRecord:
    return next(u for u in accounts.list_users(factory) if u.username == username)


def refused(call: Any, *args: Any, **kwargs: Any) -> GiamsatError:
    with pytest.raises(GiamsatError) as caught:
        call(*args, **kwargs)
    return caught.value


# ---------------------------------------------------------------------------------------------
# hashing


def test_a_hashed_password_verifies_and_another_does_not() -> None:
    stored = account_secrets.hash_password("mật khẩu của tôi")

    assert account_secrets.verify_password("mật khẩu của tôi", stored)
    assert not account_secrets.verify_password("mật khẩu của toi", stored)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(account_secrets._unb64(salt)) == 16
    assert len(account_secrets._unb64(digest)) == 32


def test_a_password_typed_decomposed_matches_the_composed_one() -> None:
    composed = unicodedata.normalize("NFC", "Đảng ủy xã 2024")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed

    assert account_secrets.verify_password(decomposed, account_secrets.hash_password(composed))
    assert account_secrets.verify_password(composed, account_secrets.hash_password(decomposed))


def test_the_same_password_gets_a_different_salt_each_time() -> None:
    first, second = (
        account_secrets.hash_password("giống nhau"),
        account_secrets.hash_password("giống nhau"),
    )

    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert account_secrets.verify_password("giống nhau", first)
    assert account_secrets.verify_password("giống nhau", second)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "scrypt$16384$8$1$@@@$@@@",
        "bcrypt$16384$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
        "scrypt$1073741824$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_a_malformed_or_absurd_stored_value_never_matches(stored: str) -> None:
    assert not account_secrets.verify_password("bất kỳ", stored)


def test_password_problems_count_letters_as_the_clerk_sees_them() -> None:
    assert account_secrets.password_problems("ngắn") == ["too_short"]
    # Eight Vietnamese letters: longer than 8 code points once decomposed, still 8 letters.
    eight = unicodedata.normalize("NFD", "mậtkhẩuư")
    assert len(eight) > 8
    assert account_secrets.password_problems(eight) == []
    assert account_secrets.password_problems(unicodedata.normalize("NFD", "ậậậậậậậ")) == [
        "too_short",
        "too_simple",
    ]
    assert account_secrets.password_problems("12345678") == ["too_simple"]
    assert account_secrets.password_problems("MatKhau123") == ["too_simple"]
    assert account_secrets.password_problems("aaaaaaaaaa") == ["too_simple"]
    assert account_secrets.password_problems("x" * 129) == ["too_long", "too_simple"]
    assert account_secrets.password_problems("Tân Hưng 2024") == []


def test_a_weak_password_is_refused_when_an_account_is_made_or_changed(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    before = audit_rows(factory)

    error = refused(accounts.add_user, factory, ADMIN, "vanthu", "", Role.CLERK, "1234")
    assert isinstance(error, ValidationError)
    assert error.code is ErrorCode.PASSWORD_WEAK
    assert error.values["field"] == "password"
    assert "8" in describe(error.code.value, error.values)
    error = refused(accounts.change_own_password, factory, ADMIN, ADMIN_PASSWORD, "12345678")
    assert error.code is ErrorCode.PASSWORD_WEAK
    assert len(audit_rows(factory)) == len(before)
    assert [u.username for u in accounts.list_users(factory)] == ["quantri"]


# ---------------------------------------------------------------------------------------------
# signing in


def test_the_right_password_signs_in_whatever_the_case_of_the_name(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    assert accounts.sign_in(factory, "vanthu", CLERK_PASSWORD) == Actor("vanthu", Role.CLERK)
    assert accounts.sign_in(factory, "  VanThu ", CLERK_PASSWORD) == Actor("vanthu", Role.CLERK)
    assert accounts.sign_in(factory, "QUANTRI", ADMIN_PASSWORD) == ADMIN


def test_a_wrong_password_and_an_unknown_name_read_the_same(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    wrong = refused(accounts.sign_in, factory, "vanthu", "không phải mật khẩu", now=T0)
    unknown = refused(accounts.sign_in, factory, "ai đó", CLERK_PASSWORD, now=T0)

    assert isinstance(wrong, PermissionDeniedError)
    assert isinstance(unknown, PermissionDeniedError)
    assert wrong.code is unknown.code is ErrorCode.WRONG_PASSWORD
    assert wrong.values == unknown.values
    text = describe(wrong.code.value, wrong.values)
    assert text == describe(unknown.code.value, unknown.values)
    assert text == "Tên đăng nhập hoặc mật khẩu không đúng."


def test_after_three_failures_the_wait_doubles_up_to_a_minute(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    for _ in range(3):
        assert refused(accounts.sign_in, factory, "vanthu", "sai", now=T0).code is (
            ErrorCode.WRONG_PASSWORD
        )

    now = T0
    for expected_wait in (2, 4, 8, 16, 32, 60, 60):
        # Too early, even with the right password: the password is not even checked.
        error = refused(accounts.sign_in, factory, "vanthu", CLERK_PASSWORD, now=now + 0.5)
        assert error.code is ErrorCode.TOO_MANY_ATTEMPTS
        assert error.values == {"seconds": expected_wait}
        assert str(expected_wait) in describe(error.code.value, error.values)
        # Once the wait is over, one more try is allowed; a wrong one makes the next wait longer.
        now += expected_wait
        assert refused(accounts.sign_in, factory, "vanthu", "sai", now=now).code is (
            ErrorCode.WRONG_PASSWORD
        )

    actor = accounts.sign_in(factory, "vanthu", CLERK_PASSWORD, now=now + 60)
    assert actor == Actor("vanthu", Role.CLERK)
    # A success starts the count again: three more tries before any wait.
    for _ in range(3):
        refused(accounts.sign_in, factory, "vanthu", "sai", now=now + 61)
    assert refused(accounts.sign_in, factory, "vanthu", "sai", now=now + 61).code is (
        ErrorCode.TOO_MANY_ATTEMPTS
    )


def test_the_slowdown_survives_a_restart_and_leaves_the_version_alone(
    office_database: Database, factory: SessionFactory, clerk: UserRecord
) -> None:
    for _ in range(3):
        refused(accounts.sign_in, factory, "vanthu", "sai", now=T0)

    reopened = open_database(office_database.url)
    try:
        error = refused(
            accounts.sign_in, reopened.session_factory, "vanthu", CLERK_PASSWORD, now=T0 + 1
        )
    finally:
        reopened.close()
    assert error.code is ErrorCode.TOO_MANY_ATTEMPTS
    assert error.values == {"seconds": 1}
    # A mistyped password is not an edit: an open accounts page does not go stale.
    assert user(factory, "vanthu").version == clerk.version


def test_a_clock_set_back_never_makes_the_wait_longer(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    for _ in range(3):
        refused(accounts.sign_in, factory, "vanthu", "sai", now=T0)

    error = refused(accounts.sign_in, factory, "vanthu", CLERK_PASSWORD, now=T0 - 3600)
    assert error.values == {"seconds": 2}


def test_an_unknown_name_is_slowed_down_the_same_way(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    for _ in range(3):
        refused(accounts.sign_in, factory, "không có", "sai", now=T0)

    error = refused(accounts.sign_in, factory, "Không Có", "sai", now=T0 + 1)
    assert error.code is ErrorCode.TOO_MANY_ATTEMPTS
    assert error.values == {"seconds": 1}


def test_an_inactive_account_cannot_sign_in(factory: SessionFactory, clerk: UserRecord) -> None:
    accounts.set_active(factory, ADMIN, clerk.id, False, clerk.version)

    error = refused(accounts.sign_in, factory, "vanthu", CLERK_PASSWORD, now=T0)
    assert error.code is ErrorCode.ACCOUNT_INACTIVE
    # Without the right password it says no more than for anyone else.
    assert refused(accounts.sign_in, factory, "vanthu", "sai", now=T0).code is (
        ErrorCode.WRONG_PASSWORD
    )
    assert accounts.accounts_exist(factory) == 1

    back, _ = accounts.set_active(factory, ADMIN, clerk.id, True, user(factory, "vanthu").version)
    assert back.active
    assert accounts.sign_in(factory, "vanthu", CLERK_PASSWORD, now=T0 + 10).role is Role.CLERK


# ---------------------------------------------------------------------------------------------
# first administrator and recovery code


def test_the_first_administrator_gets_a_recovery_code_kept_only_as_a_hash(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    record, code = first_admin

    assert record.username == "quantri"
    assert record.full_name == "Nguyễn Văn Quản"
    assert record.role is Role.ADMIN
    assert record.active
    assert CODE_SHAPE.match(code), code
    stored = stored_secret(factory, "quantri")
    assert len(stored) <= 200  # the column's length, which PostgreSQL enforces
    assert code not in stored
    assert code.replace("-", "") not in stored
    password_part, recovery_part = stored.split(";")
    assert account_secrets.verify_password(ADMIN_PASSWORD, password_part)
    assert recovery_part.startswith("r=")
    assert account_secrets.verify_password(code, recovery_part[2:])


def test_a_second_first_administrator_is_refused(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    error = refused(accounts.create_first_admin, factory, "admin2", "", "mật khẩu khác")

    assert isinstance(error, ConflictError)
    assert error.code is ErrorCode.ADMIN_EXISTS
    assert error.values == {"user": "quantri"}


def test_the_recovery_code_sets_a_new_password_once_and_gives_a_new_code(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    _, code = first_admin

    # Typed in lower case, without dashes, with spaces: still the code that was printed.
    typed = " ".join(code.lower().split("-"))
    record, new_code = accounts.recover_admin(factory, "quantri", typed, "mật khẩu mới 1", now=T0)

    assert record.username == "quantri"
    assert CODE_SHAPE.match(new_code)
    assert new_code != code
    assert accounts.sign_in(factory, "quantri", "mật khẩu mới 1", now=T0) == ADMIN
    assert refused(accounts.sign_in, factory, "quantri", ADMIN_PASSWORD, now=T0).code is (
        ErrorCode.WRONG_PASSWORD
    )
    # The old code is used up; the new one works.
    used = refused(accounts.recover_admin, factory, "quantri", code, "mật khẩu mới 2", now=T0)
    assert used.code is ErrorCode.WRONG_PASSWORD
    assert used.values == {"what": "recovery_code"}
    accounts.recover_admin(factory, "quantri", new_code, "mật khẩu mới 2", now=T0)
    assert accounts.sign_in(factory, "quantri", "mật khẩu mới 2", now=T0) == ADMIN


def test_a_wrong_recovery_code_is_refused_and_slowed_down(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    _, code = first_admin
    wrong = "AAAAA-BBBBB-CCCCC-DDDDD"

    for _ in range(3):
        error = refused(accounts.recover_admin, factory, "quantri", wrong, "mật khẩu mới", now=T0)
        assert error.code is ErrorCode.WRONG_PASSWORD
    error = refused(accounts.recover_admin, factory, "quantri", code, "mật khẩu mới", now=T0 + 1)
    assert error.code is ErrorCode.TOO_MANY_ATTEMPTS
    # Nothing changed: the old password and the code still work once the wait is over.
    assert accounts.sign_in(factory, "quantri", ADMIN_PASSWORD, now=T0 + 2) == ADMIN
    accounts.recover_admin(factory, "quantri", code, "mật khẩu mới", now=T0 + 2)


def test_only_an_administrator_can_use_a_recovery_code(
    factory: SessionFactory, first_admin: tuple[UserRecord, str], clerk: UserRecord
) -> None:
    _, code = first_admin

    error = refused(accounts.recover_admin, factory, "vanthu", code, "mật khẩu mới", now=T0)
    assert error.code is ErrorCode.WRONG_PASSWORD
    assert accounts.sign_in(factory, "vanthu", CLERK_PASSWORD, now=T0).role is Role.CLERK


def test_a_renewed_recovery_code_replaces_the_old_one(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    _, code = first_admin

    wrong = refused(accounts.renew_recovery_code, factory, ADMIN, "sai mật khẩu", now=T0)
    assert wrong.code is ErrorCode.WRONG_PASSWORD
    new_code = accounts.renew_recovery_code(factory, ADMIN, ADMIN_PASSWORD, now=T0)

    assert CODE_SHAPE.match(new_code)
    assert refused(accounts.recover_admin, factory, "quantri", code, "mật khẩu mới").code is (
        ErrorCode.WRONG_PASSWORD
    )
    accounts.recover_admin(factory, "quantri", new_code, "mật khẩu mới")


# ---------------------------------------------------------------------------------------------
# managing accounts


def test_the_administrator_adds_accounts_listed_by_name(
    factory: SessionFactory, clerk: UserRecord, viewer: UserRecord
) -> None:
    listed = accounts.list_users(factory)

    assert [u.username for u in listed] == ["khach", "quantri", "vanthu"]
    assert clerk == UserRecord(clerk.id, "vanthu", "Trần Thị Thư", Role.CLERK, True, clerk.version)
    assert viewer.role is Role.VIEWER
    assert accounts.accounts_exist(factory) == 3
    assert accounts.sign_in(factory, "khach", VIEWER_PASSWORD) == Actor("khach", Role.VIEWER)


@pytest.mark.parametrize(
    "taken",
    ["VANTHU", "  vanthu  ", "VanThu"],
)
def test_a_user_name_is_taken_whatever_its_case(
    factory: SessionFactory, clerk: UserRecord, taken: str
) -> None:
    error = refused(accounts.add_user, factory, ADMIN, taken, "", Role.VIEWER, "mật khẩu khác")

    assert isinstance(error, ConflictError)
    assert error.code is ErrorCode.DUPLICATE_CODE
    assert len(accounts.list_users(factory)) == 2


def test_vietnamese_user_names_compare_composed_and_without_case(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    record, _ = accounts.add_user(
        factory, ADMIN, unicodedata.normalize("NFD", "Đức Thư"), "", Role.CLERK, CLERK_PASSWORD
    )
    assert record.username == unicodedata.normalize("NFC", "Đức Thư")

    error = refused(accounts.add_user, factory, ADMIN, "đức thư", "", Role.CLERK, CLERK_PASSWORD)
    assert error.code is ErrorCode.DUPLICATE_CODE
    actor = accounts.sign_in(factory, unicodedata.normalize("NFD", "ĐỨC THƯ"), CLERK_PASSWORD)
    assert actor == Actor(record.username, Role.CLERK)


@pytest.mark.parametrize("who", [Actor("vanthu", Role.CLERK), Actor("khach", Role.VIEWER)])
def test_a_clerk_or_a_viewer_cannot_manage_accounts(
    factory: SessionFactory, clerk: UserRecord, viewer: UserRecord, who: Actor
) -> None:
    before = audit_rows(factory)
    target = user(factory, "quantri")

    attempts = [
        (accounts.add_user, (factory, who, "moi", "", Role.ADMIN, "mật khẩu mới")),
        (accounts.set_role, (factory, who, clerk.id, Role.ADMIN, clerk.version)),
        (accounts.set_active, (factory, who, target.id, False, target.version)),
        (accounts.reset_password, (factory, who, target.id, "mật khẩu mới")),
        (accounts.renew_recovery_code, (factory, who, CLERK_PASSWORD)),
    ]
    for call, args in attempts:
        error = refused(call, *args)
        assert isinstance(error, PermissionDeniedError), call
        assert error.code is ErrorCode.NOT_ALLOWED
        assert error.values == {"user": who.user_name}
    assert len(audit_rows(factory)) == len(before)
    assert accounts.list_users(factory) == sorted(
        accounts.list_users(factory), key=lambda u: u.username
    )
    assert user(factory, "vanthu").role is Role.CLERK
    assert accounts.sign_in(factory, "quantri", ADMIN_PASSWORD) == ADMIN


def test_an_administrator_demoted_elsewhere_loses_the_right_at_once(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    second, _ = accounts.add_user(factory, ADMIN, "quantri2", "", Role.ADMIN, "mật khẩu thứ hai")
    accounts.set_role(factory, ADMIN, second.id, Role.VIEWER, second.version)

    # Still signed in as an administrator on another PC:
    stale = Actor("quantri2", Role.ADMIN)
    error = refused(accounts.set_role, factory, stale, clerk.id, Role.ADMIN, clerk.version)
    assert error.code is ErrorCode.NOT_ALLOWED


def test_the_last_active_administrator_cannot_be_deactivated_or_demoted(
    factory: SessionFactory, first_admin: tuple[UserRecord, str], clerk: UserRecord
) -> None:
    admin, _ = first_admin

    for call, value in ((accounts.set_active, False), (accounts.set_role, Role.CLERK)):
        error = refused(call, factory, ADMIN, admin.id, value, admin.version)
        assert isinstance(error, ConflictError)
        assert error.code is ErrorCode.LAST_ADMIN
        assert error.values == {"user": "quantri"}
        assert "quantri" in describe(error.code.value, error.values)
    assert user(factory, "quantri") == admin


def test_with_two_administrators_one_can_step_down_and_loses_the_recovery_code(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    admin, code = first_admin
    second, _ = accounts.add_user(factory, ADMIN, "quantri2", "", Role.ADMIN, "mật khẩu thứ hai")

    demoted, changes = accounts.set_role(factory, ADMIN, admin.id, Role.CLERK, admin.version)

    assert demoted.role is Role.CLERK
    assert changes.areas
    assert ";r=" not in stored_secret(factory, "quantri")
    assert refused(accounts.recover_admin, factory, "quantri", code, "mật khẩu mới").code is (
        ErrorCode.WRONG_PASSWORD
    )
    # Now the second one is the last administrator.
    last = Actor("quantri2", Role.ADMIN)
    error = refused(accounts.set_active, factory, last, second.id, False, second.version)
    assert error.code is ErrorCode.LAST_ADMIN
    # Deactivating an administrator when another one is active is fine.
    promoted, _ = accounts.set_role(factory, last, admin.id, Role.ADMIN, demoted.version)
    gone, _ = accounts.set_active(factory, ADMIN, second.id, False, second.version)
    assert not gone.active
    assert promoted.role is Role.ADMIN


def test_a_change_from_a_stale_list_is_refused(factory: SessionFactory, clerk: UserRecord) -> None:
    accounts.set_role(factory, ADMIN, clerk.id, Role.VIEWER, clerk.version)

    error = refused(accounts.set_active, factory, ADMIN, clerk.id, False, clerk.version)
    assert error.code is ErrorCode.STALE_EDIT


def test_an_unchanged_role_writes_nothing(factory: SessionFactory, clerk: UserRecord) -> None:
    before = audit_rows(factory)

    same, changes = accounts.set_role(factory, ADMIN, clerk.id, Role.CLERK, clerk.version)

    assert same == clerk
    assert not changes.areas
    assert len(audit_rows(factory)) == len(before)


def test_the_administrator_resets_a_forgotten_password(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    for _ in range(4):
        refused(accounts.sign_in, factory, "vanthu", "quên rồi", now=T0)

    accounts.reset_password(factory, ADMIN, clerk.id, "mật khẩu được cấp")

    # The new password works at once: the reset cleared the count of failures too.
    assert accounts.sign_in(factory, "vanthu", "mật khẩu được cấp", now=T0).role is Role.CLERK
    assert refused(accounts.sign_in, factory, "vanthu", CLERK_PASSWORD, now=T0).code is (
        ErrorCode.WRONG_PASSWORD
    )


def test_anyone_changes_their_own_password_given_the_old_one(
    factory: SessionFactory, viewer: UserRecord
) -> None:
    me = Actor("khach", Role.VIEWER)

    wrong = refused(accounts.change_own_password, factory, me, "sai", "mật khẩu mới", now=T0)
    assert wrong.code is ErrorCode.WRONG_PASSWORD
    record, _ = accounts.change_own_password(factory, me, VIEWER_PASSWORD, "mật khẩu mới")

    assert record.version > viewer.version
    assert accounts.sign_in(factory, "khach", "mật khẩu mới") == me
    nobody = Actor(accounts.AUTOMATIC_NAME, Role.CLERK)
    error = refused(accounts.change_own_password, factory, nobody, "x", "mật khẩu mới", now=T0)
    assert error.code is ErrorCode.WRONG_PASSWORD


# ---------------------------------------------------------------------------------------------
# audit


def test_every_account_change_is_audited_without_any_secret(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    admin, code = first_admin
    record, _ = accounts.add_user(
        factory, ADMIN, "vanthu", "Trần Thị Thư", Role.CLERK, CLERK_PASSWORD
    )
    record, _ = accounts.set_role(factory, ADMIN, record.id, Role.VIEWER, record.version)
    record, _ = accounts.set_active(factory, ADMIN, record.id, False, record.version)
    record, _ = accounts.set_active(factory, ADMIN, record.id, True, record.version)
    accounts.reset_password(factory, ADMIN, record.id, "mật khẩu được cấp")
    me = Actor("vanthu", Role.VIEWER)
    accounts.change_own_password(factory, me, "mật khẩu được cấp", "mật khẩu riêng")
    _, new_code = accounts.recover_admin(factory, "quantri", code, "mật khẩu khôi phục")
    renewed = accounts.renew_recovery_code(factory, ADMIN, "mật khẩu khôi phục")

    entries = [e for e in audit_rows(factory) if e.entity == "user"]
    assert [(e.action, e.user_name, e.entity_id) for e in entries] == [
        ("create", "quantri", admin.id),
        ("create", "quantri", record.id),
        ("update", "quantri", record.id),
        ("deactivate", "quantri", record.id),
        ("activate", "quantri", record.id),
        ("reset_password", "quantri", record.id),
        ("change_password", "vanthu", record.id),
        ("recover_password", "quantri", admin.id),
        ("renew_recovery_code", "quantri", admin.id),
    ]
    assert json.loads(entries[2].changes) == {"role": ["clerk", "viewer"]}
    assert json.loads(entries[0].changes) == {
        "active": [None, True],
        "sees_reporters": [None, False],
        "full_name": [None, "Nguyễn Văn Quản"],
        "role": [None, "admin"],
        "username": [None, "quantri"],
    }
    secrets_ = [
        ADMIN_PASSWORD,
        CLERK_PASSWORD,
        "mật khẩu được cấp",
        "mật khẩu riêng",
        "mật khẩu khôi phục",
        code,
        new_code,
        renewed,
        "scrypt",
    ]
    for stored in (stored_secret(factory, "quantri"), stored_secret(factory, "vanthu")):
        secrets_ += [piece for piece in re.split(r"[$;=]", stored) if len(piece) > 8]
    everything = json.dumps(
        [[e.user_name, e.action, e.entity, e.changes] for e in audit_rows(factory)],
        ensure_ascii=False,
    )
    for secret in secrets_:
        assert secret not in everything


def test_failed_sign_ins_do_not_write_to_the_audit_log(
    factory: SessionFactory, clerk: UserRecord
) -> None:
    before = len(audit_rows(factory))

    for _ in range(3):
        refused(accounts.sign_in, factory, "vanthu", "sai", now=T0)
    accounts.sign_in(factory, "vanthu", CLERK_PASSWORD, now=T0 + 60)

    assert len(audit_rows(factory)) == before


# ---------------------------------------------------------------------------------------------
# automatic sign-in and roles


def test_automatic_sign_in_with_no_one_or_two_accounts(factory: SessionFactory) -> None:
    assert accounts.accounts_exist(factory) == 0
    # The one clerk of an office without accounts sees who reported (QĐ 124).
    assert accounts.automatic_actor(factory) == Actor("Văn thư", Role.CLERK, sees_reporters=True)

    accounts.create_first_admin(factory, "quantri", "", ADMIN_PASSWORD)
    assert accounts.accounts_exist(factory) == 1
    assert accounts.automatic_actor(factory) == ADMIN

    clerk, _ = accounts.add_user(factory, ADMIN, "vanthu", "", Role.CLERK, CLERK_PASSWORD)
    assert accounts.accounts_exist(factory) == 2
    assert accounts.automatic_actor(factory) is None

    accounts.set_active(factory, ADMIN, clerk.id, False, clerk.version)
    assert accounts.automatic_actor(factory) == ADMIN


def test_the_system_actor_may_set_up_accounts_without_one_of_its_own(
    factory: SessionFactory, first_admin: tuple[UserRecord, str]
) -> None:
    record, _ = accounts.add_user(factory, SYSTEM, "vanthu", "", Role.CLERK, CLERK_PASSWORD)
    assert record.role is Role.CLERK
    error = refused(accounts.add_user, factory, ADMIN, "Hệ Thống", "", Role.CLERK, CLERK_PASSWORD)
    assert isinstance(error, ValidationError)
    assert error.values["field"] == "username"


def test_secret_documents_are_for_administrators_and_clerks() -> None:
    assert Role.ADMIN.can_see_secret
    assert Role.CLERK.can_see_secret
    assert not Role.VIEWER.can_see_secret
    assert [r for r in Role if r.can_manage_accounts] == [Role.ADMIN]

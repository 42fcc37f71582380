"""Passwords and recovery codes: how strong, how hashed, and how an account stores them.

Everything secret about an account lives in ``users.password_hash`` (at most 200 characters,
so no migration was needed)::

    scrypt$16384$8$1$<salt>$<hash>[;r=scrypt$16384$8$1$<salt>$<hash>][;f=<failures>@<time>]

* The first part is the scrypt hash of the password (NFC), salt and hash in unpadded base64.
* ``r=`` is the scrypt hash of the administrator's recovery code; the code itself is shown
  once (to be printed) and never stored. Only an administrator has one; using it replaces it.
* ``f=`` counts the consecutive failed attempts (sign-in, recovery, old password) and when the
  last one happened (Unix seconds), so the slowdown survives a restart and holds for every
  PC of a shared database. It is rewritten by a plain UPDATE of that one column with the row
  locked, not through the ORM: a mistyped password does not bump ``version``, so it never
  makes an administrator's open accounts page stale, and it cannot undo a password change
  made at the same moment.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from giamsat_desktop.domain.errors import ErrorCode, ValidationError

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_LENGTH = 32
SALT_BYTES = 16

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
TOO_SIMPLE = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "87654321",
        "11223344",
        "password",
        "password1",
        "matkhau",
        "matkhau1",
        "matkhau123",
        "mậtkhẩu",
        "mật khẩu",
        "qwertyui",
        "abcd1234",
        "abc12345",
        "admin123",
        "quantri",
        "quantri123",
        "vanthu123",
    }
)
"""Passwords refused as too easy to guess (compared without case)."""

RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""Upper-case letters and digits without the look-alikes 0/O, 1/I/L."""
RECOVERY_GROUPS = 4
RECOVERY_GROUP_LENGTH = 5

_FIELD_LIMIT = 200
"""Length of ``users.password_hash``: PostgreSQL refuses anything longer."""


# ---------------------------------------------------------------------------------------------
# hashing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        unicodedata.normalize("NFC", secret).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=length,
        maxmem=128 * r * (n + p + 2) + 2**20,
    )


def hash_password(password: str) -> str:
    """The stored form of a password: ``scrypt$n$r$p$salt$hash``, a new random salt each time.

    The password is NFC-normalised first, so one typed with a Vietnamese input method that
    sends decomposed letters (NFD) matches the same password typed composed.
    """
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LENGTH)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time compare).

    A malformed stored value, or one asking for absurd scrypt costs, never matches.
    """
    try:
        scheme, n_text, r_text, p_text, salt_text, hash_text = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt, expected = _unb64(salt_text), _unb64(hash_text)
    except ValueError:  # binascii.Error is a ValueError too
        return False
    sane = (
        scheme == "scrypt"
        and 2 <= n <= 2**20
        and n & (n - 1) == 0
        and 1 <= r <= 32
        and 1 <= p <= 16
        and len(salt) >= 8
        and 16 <= len(expected) <= 64
    )
    if not sane:
        return False
    return hmac.compare_digest(_scrypt(password, salt, n, r, p, len(expected)), expected)


@cache
def dummy_hash() -> str:
    """A hash nobody knows the password of: unknown names cost as much time as known ones."""
    return hash_password(secrets.token_urlsafe(32))


def verify_or_waste(secret: str, stored: str) -> bool:
    """:func:`verify_password`, spending the same time when there is nothing to compare."""
    if not stored:
        verify_password(secret, dummy_hash())
        return False
    return verify_password(secret, stored)


def password_problems(password: str) -> list[str]:
    """What is wrong with a new password: ``too_short``, ``too_long``, ``too_simple``.

    Length counts letters as the clerk sees them (NFC): "mậtkhẩu" is 7 letters, whichever
    way the input method sent the marks. Spaces and Vietnamese letters are welcome.
    """
    text = unicodedata.normalize("NFC", password or "")
    problems = []
    if len(text) < MIN_PASSWORD_LENGTH:
        problems.append("too_short")
    if len(text) > MAX_PASSWORD_LENGTH:
        problems.append("too_long")
    folded = text.casefold()
    if text and (folded in TOO_SIMPLE or len(set(folded)) == 1):
        problems.append("too_simple")
    return problems


def require_strong_password(password: str) -> None:
    """Refuse a new password with ``PASSWORD_WEAK``, naming its :func:`password_problems`."""
    problems = password_problems(password)
    if problems:
        raise ValidationError(
            ErrorCode.PASSWORD_WEAK,
            field="password",
            problems=tuple(problems),
            minimum=MIN_PASSWORD_LENGTH,
            maximum=MAX_PASSWORD_LENGTH,
        )


# ---------------------------------------------------------------------------------------------
# recovery code


def new_recovery_code() -> str:
    """A random code such as ``K7QF2-9XMRT-…``: 4 groups of 5, about 99 bits."""
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def canonical_recovery_code(typed: str) -> str:
    """The code as it was shown, however it was typed (case, spaces, dashes or none)."""
    letters = "".join(ch for ch in unicodedata.normalize("NFKC", typed or "") if ch.isalnum())
    letters = letters.upper()
    size = RECOVERY_GROUP_LENGTH
    return "-".join(letters[i : i + size] for i in range(0, len(letters), size))


# ---------------------------------------------------------------------------------------------
# the password_hash column


@dataclass(frozen=True, slots=True)
class StoredSecrets:
    """What ``users.password_hash`` holds (see the module's docstring)."""

    password: str
    recovery: str = ""
    failures: int = 0
    failed_at: int = 0

    @classmethod
    def parse(cls, stored: str | None) -> StoredSecrets:
        """Read the column; a part that cannot be read counts as absent."""
        password, *extras = (stored or "").split(";")
        found = cls(password)
        for extra in extras:
            key, _, value = extra.partition("=")
            if key == "r":
                found = replace(found, recovery=value)
            elif key == "f":
                count, _, at = value.partition("@")
                try:
                    found = replace(found, failures=max(0, int(count)), failed_at=int(at))
                except ValueError:
                    continue
        return found

    def stored(self) -> str:
        """The column's text, refused when longer than the column allows."""
        text = self.password
        if self.recovery:
            text += f";r={self.recovery}"
        if self.failures:
            text += f";f={self.failures}@{self.failed_at}"
        if len(text) > _FIELD_LIMIT:  # only a change of the scrypt parameters could do this
            raise ValueError(f"password_hash would be {len(text)} characters")
        return text

    def cleared(self) -> StoredSecrets:
        """The same secrets with the failure counter back to zero."""
        return replace(self, failures=0, failed_at=0)

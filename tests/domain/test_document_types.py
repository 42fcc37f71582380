import unicodedata

import pytest

from giamsat_desktop.domain.document_types import (
    CONG_VAN,
    DOCUMENT_TYPES,
    DocumentType,
    by_code,
    by_name,
    guess_from_subject,
)
from giamsat_desktop.domain.text import fold

APPENDIX_III = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GN": "Bản ghi nhớ",
    "TTh": "Bản thỏa thuận",
    "UQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "NP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
}
EXTRA = {
    "KL": "Kết luận",
    "CV": "Công văn",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
}


def test_document_types_are_appendix_iii_plus_the_received_types() -> None:
    assert {kind.code: kind.name for kind in DOCUMENT_TYPES} == APPENDIX_III | EXTRA


def test_document_type_codes_are_unique() -> None:
    assert len({kind.code for kind in DOCUMENT_TYPES}) == len(DOCUMENT_TYPES)


def test_document_type_names_stay_unique_once_folded() -> None:
    assert len({fold(kind.name) for kind in DOCUMENT_TYPES}) == len(DOCUMENT_TYPES)


def test_document_type_codes_and_names_are_nfc() -> None:
    for kind in DOCUMENT_TYPES:
        assert unicodedata.is_normalized("NFC", kind.code + kind.name)


def test_luat_has_no_invented_code() -> None:
    assert by_name("Luật") is None


def test_cong_van_is_the_cv_type() -> None:
    assert DocumentType("CV", "Công văn") == CONG_VAN


def test_cong_van_is_one_of_the_document_types() -> None:
    assert CONG_VAN in DOCUMENT_TYPES


def test_document_type_is_immutable() -> None:
    with pytest.raises(AttributeError):
        CONG_VAN.code = "X"  # type: ignore[misc]


@pytest.mark.parametrize("code", [kind.code for kind in DOCUMENT_TYPES])
def test_by_code_finds_every_type_by_its_own_code(code: str) -> None:
    found = by_code(code)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("qđ", "QĐ"),
        ("QYĐ", "QyĐ"),
        ("qyđ", "QyĐ"),
        ("ctr", "CTr"),
        ("TTR", "TTr"),
        ("tth", "TTh"),
        ("nqlt", "NQLT"),
        (unicodedata.normalize("NFD", "nđ"), "NĐ"),
    ],
)
def test_by_code_ignores_case_and_composition(typed: str, expected: str) -> None:
    found = by_code(typed)
    assert found is not None
    assert found.code == expected


@pytest.mark.parametrize(("typed", "expected"), [("HD", "HD"), ("DA", "DA"), ("hđ", "HĐ")])
def test_by_code_keeps_d_and_d_with_stroke_apart(typed: str, expected: str) -> None:
    found = by_code(typed)
    assert found is not None
    assert found.code == expected


@pytest.mark.parametrize("typed", ["QD", "qd", "CD", "ND", "XYZ", "", "B C"])
def test_by_code_returns_none_for_unknown_codes(typed: str) -> None:
    assert by_code(typed) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kế hoạch", "KH"),
        ("ke hoach", "KH"),
        ("KẾ HOẠCH", "KH"),
        (unicodedata.normalize("NFD", "Quyết định"), "QĐ"),
        ("quy dinh", "QyĐ"),
        ("Đề án", "ĐA"),
        ("du an", "DA"),
        ("  Nghị quyết   liên tịch ", "NQLT"),
    ],
)
def test_by_name_ignores_case_marks_and_spacing(name: str, expected: str) -> None:
    found = by_name(name)
    assert found is not None
    assert found.code == expected


def test_by_name_returns_none_for_an_unknown_name() -> None:
    assert by_name("Thư cảm ơn") is None


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Công văn về việc góp ý dự thảo", "CV"),
        ("Kế hoạch tổ chức giám sát năm 2026", "KH"),
        ("KẾ HOẠCH giám sát", "KH"),
        ("ke hoach giam sat", "KH"),
        ("KH triển khai Quyết định 217", "KH"),
        ("V/v góp ý dự thảo Nghị quyết", "CV"),
        ("v/v: kiến nghị sau giám sát", "CV"),
        ("Nghị quyết liên tịch hướng dẫn thủ tục", "NQLT"),
        ("Nghị quyết về công tác giám sát", "NQ"),
        ("Thông tư liên tịch số 01", "TTLT"),
        ("Báo cáo: kết quả giám sát", "BC"),
        ("Giấy mời dự hội nghị phản biện", "GM"),
        ("TTr đề nghị phê duyệt", "TTr"),
        ("BB làm việc với UBND xã", "BB"),
        (unicodedata.normalize("NFD", "Quy định về giám sát"), "QyĐ"),
        ("\u00a0Hướng dẫn\u00a0thực hiện", "HD"),
    ],
)
def test_guess_from_subject_reads_the_type_at_the_start(subject: str, expected: str) -> None:
    found = guess_from_subject(subject)
    assert found is not None
    assert found.code == expected


@pytest.mark.parametrize(
    "subject",
    [
        "",
        "Về công tác giám sát",
        "Đa dạng hóa hình thức tuyên truyền",
        "da dạng",
        "KHẨN: triển khai",
        "Báo cáoxyz",
        "KH",
        "Tổ chức hội nghị (Kế hoạch)",
    ],
)
def test_guess_from_subject_returns_none_when_nothing_names_a_type(subject: str) -> None:
    assert guess_from_subject(subject) is None

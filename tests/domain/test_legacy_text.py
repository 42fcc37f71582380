import random
import time
import unicodedata

import pytest

from giamsat_desktop.domain import legacy_text
from giamsat_desktop.domain.legacy_text import (
    LegacyEncoding,
    TextRepair,
    decode_legacy,
    repair_text,
)

TCVN3 = LegacyEncoding.TCVN3
VNI = LegacyEncoding.VNI


# --- an encoder, for tests only: the module's tables turned round ------------------------------


def _tcvn3_encoder() -> dict[str, str]:
    return {letter: legacy for legacy, letter in legacy_text._TCVN3.items()}


def _vni_encoder() -> dict[str, str]:
    encoder = {
        letter: legacy for legacy, letter in legacy_text._VNI_SINGLE.items() if legacy != letter
    }
    for pair, letter in legacy_text._VNI_PAIRS.items():
        # Capitals take capital marks, as VNI keyboards type them.
        if pair[0].isupper() == pair[1].isupper():
            encoder.setdefault(letter, pair)
    return encoder


TCVN3_ENCODER = _tcvn3_encoder()
VNI_ENCODER = _vni_encoder()


def encode_tcvn3(text: str) -> str:
    """Write text as a TCVN3 typist would; toned capitals need the capitals-only font."""
    return "".join(TCVN3_ENCODER.get(char, char) for char in text)


def encode_tcvn3_capitals(text: str) -> str:
    """Write capitals as typed in .VnTimeH: lower-case codes, ASCII letters in capitals."""
    return "".join(
        TCVN3_ENCODER.get(char.lower(), char) if not char.isascii() else char
        for char in text.upper()
    )


def encode_vni(text: str) -> str:
    return "".join(VNI_ENCODER.get(char, char) for char in text)


# --- text samples --------------------------------------------------------------------------------

TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
# One line per vowel: the syllable without a tone, then with grave, hook, tilde, acute, dot.
EVERY_TONE = [
    "ma mà mả mã má mạ",
    "căn cằn cẳn cẵn cắn cặn",
    "cân cần cẩn cẫn cấn cận",
    "me mè mẻ mẽ mé mẹ",
    "kê kề kể kễ kế kệ",
    "hi hì hỉ hĩ hí hị",
    "bo bò bỏ bõ bó bọ",
    "cô cồ cổ cỗ cố cộ",
    "mơ mờ mở mỡ mớ mợ",
    "thu thù thủ thũ thú thụ",
    "tư từ tử tữ tứ tự",
    "ly lỳ lỷ lỹ lý lỵ",
    "đi đò đã đến đây",
]
SENTENCES = [
    "Uỷ ban Mặt trận Tổ quốc Việt Nam",
    "Đảng ủy xã Tân Hưng",
    "Công văn về việc kiểm tra, giám sát",
    "Hội Liên hiệp Phụ nữ",
    "Quyết định thành lập đoàn giám sát",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Trường Trung học cơ sở Nguyễn Khuyến",
    "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế năm 2022",
]


def test_the_sample_lines_hold_every_tone_on_every_vowel() -> None:
    letters = set("".join(EVERY_TONE))
    for vowel in "aăâeêioôơuưy":
        for tone in TONES:
            assert unicodedata.normalize("NFC", vowel + tone) in letters
    assert {"đ"} <= letters


# --- the tables, letter by letter ----------------------------------------------------------------

# TCVN3 (VN3): the seven capitals, the seven lower-case letters, then the sixty toned vowels.
TCVN3_LETTERS = [
    ("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"),
    ("¨©ª«¬\u00ad®", "ăâêôơưđ"),
    ("µ¶·¸¹", "àảãáạ"),
    ("»¼½¾Æ", "ằẳẵắặ"),
    ("ÇÈÉÊË", "ầẩẫấậ"),
    ("ÌÎÏÐÑ", "èẻẽéẹ"),
    ("ÒÓÔÕÖ", "ềểễếệ"),
    ("×ØÜÝÞ", "ìỉĩíị"),
    ("ßáâãä", "òỏõóọ"),
    ("åæçèé", "ồổỗốộ"),
    ("êëìíî", "ờởỡớợ"),
    ("ïñòóô", "ùủũúụ"),
    ("õö÷øù", "ừửữứự"),
    ("úûüýþ", "ỳỷỹýỵ"),
]


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3_LETTERS)
def test_tcvn3_decodes_every_letter(legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy, TCVN3) == unicode


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3_LETTERS[2:])
def test_tcvn3_capitals_font_shows_the_lower_case_codes_as_capitals(
    legacy: str, unicode: str
) -> None:
    assert decode_legacy(legacy, TCVN3, capitals=True) == unicode.upper()


# VNI: base letter and mark, written with spaces between letters for reading.
VNI_LETTERS = [
    ("aø aû aõ aù aï", "à ả ã á ạ"),
    ("aê aè aú aü aé aë", "ă ằ ẳ ẵ ắ ặ"),
    ("aâ aà aå aã aá aä", "â ầ ẩ ẫ ấ ậ"),
    ("eø eû eõ eù eï", "è ẻ ẽ é ẹ"),
    ("eâ eà eå eã eá eä", "ê ề ể ễ ế ệ"),
    ("ì æ ó í ò", "ì ỉ ĩ í ị"),
    ("oø oû oõ où oï", "ò ỏ õ ó ọ"),
    ("oâ oà oå oã oá oä", "ô ồ ổ ỗ ố ộ"),
    ("ô ôø ôû ôõ ôù ôï", "ơ ờ ở ỡ ớ ợ"),
    ("uø uû uõ uù uï", "ù ủ ũ ú ụ"),
    ("ö öø öû öõ öù öï", "ư ừ ử ữ ứ ự"),
    ("yø yû yõ yù î", "ỳ ỷ ỹ ý ỵ"),
    ("ñ Ñ", "đ Đ"),
    ("AØ AÛ AÕ AÙ AÏ", "À Ả Ã Á Ạ"),
    ("AÊ AÈ AÚ AÜ AÉ AË", "Ă Ằ Ẳ Ẵ Ắ Ặ"),
    ("AÂ AÀ AÅ AÃ AÁ AÄ", "Â Ầ Ẩ Ẫ Ấ Ậ"),
    ("EØ EÛ EÕ EÙ EÏ", "È Ẻ Ẽ É Ẹ"),
    ("EÂ EÀ EÅ EÃ EÁ EÄ", "Ê Ề Ể Ễ Ế Ệ"),
    ("Ì Æ Ó Í Ò", "Ì Ỉ Ĩ Í Ị"),
    ("OØ OÛ OÕ OÙ OÏ", "Ò Ỏ Õ Ó Ọ"),
    ("OÂ OÀ OÅ OÃ OÁ OÄ", "Ô Ồ Ổ Ỗ Ố Ộ"),
    ("Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ", "Ơ Ờ Ở Ỡ Ớ Ợ"),
    ("UØ UÛ UÕ UÙ UÏ", "Ù Ủ Ũ Ú Ụ"),
    ("Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ", "Ư Ừ Ử Ữ Ứ Ự"),
    ("YØ YÛ YÕ YÙ Î", "Ỳ Ỷ Ỹ Ý Ỵ"),
]


@pytest.mark.parametrize(("legacy", "unicode"), VNI_LETTERS)
def test_vni_decodes_every_letter(legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy, VNI) == unicode


def test_vni_capital_base_with_a_lower_case_mark_is_still_a_capital() -> None:
    assert decode_legacy("UÛy ban Uûy ban", VNI) == "Ủy ban Ủy ban"


def test_vni_stray_mark_is_kept() -> None:
    assert decode_legacy("nâ yâ", VNI) == "nâ yâ"


def test_decoded_text_is_nfc() -> None:
    decoded = decode_legacy("ViÖt Nam", TCVN3)
    assert decoded == unicodedata.normalize("NFC", decoded)


# --- real mojibake -------------------------------------------------------------------------------

MOJIBAKE = [
    (TCVN3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    (TCVN3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    (TCVN3, "Uû ban MÆt trËn Tæ quèc ViÖt Nam", "Uỷ ban Mặt trận Tổ quốc Việt Nam"),
    (TCVN3, "§¶ng ñy x· T©n H\u00adng", "Đảng ủy xã Tân Hưng"),
    (TCVN3, "C«ng v¨n vÒ viÖc kiÓm tra, gi¸m s¸t", "Công văn về việc kiểm tra, giám sát"),
    (TCVN3, "Héi Liªn hiÖp Phô n÷", "Hội Liên hiệp Phụ nữ"),
    (TCVN3, "QuyÕt ®Þnh thµnh lËp ®oµn gi¸m s¸t", "Quyết định thành lập đoàn giám sát"),
    (VNI, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    (VNI, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    (VNI, "UÛy ban Maët traän Toå quoác Vieät Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (VNI, "Ñaûng uûy xaõ Taân Höng", "Đảng ủy xã Tân Hưng"),
    (VNI, "Coâng vaên veà vieäc kieåm tra, giaùm saùt", "Công văn về việc kiểm tra, giám sát"),
    (VNI, "Hoäi Lieân hieäp Phuï nöõ", "Hội Liên hiệp Phụ nữ"),
    (VNI, "Quyeát ñònh thaønh laäp ñoaøn giaùm saùt", "Quyết định thành lập đoàn giám sát"),
    (VNI, "Xin chaøo caùc baïn", "Xin chào các bạn"),
    (VNI, "UÛY BAN MAËT TRAÄN TOÅ QUOÁC VIEÄT NAM", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"),
]


@pytest.mark.parametrize(("encoding", "legacy", "unicode"), MOJIBAKE)
def test_decode_real_mojibake(encoding: LegacyEncoding, legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy, encoding) == unicode


@pytest.mark.parametrize(("encoding", "legacy", "unicode"), MOJIBAKE)
def test_repair_recognises_real_mojibake(
    encoding: LegacyEncoding, legacy: str, unicode: str
) -> None:
    assert repair_text(legacy) == TextRepair(unicode, encoding, False)


def test_tcvn3_capitals_typed_in_the_capitals_font() -> None:
    typed = "ñY BAN MÆT TRËN Tæ QUèC VIÖT NAM"
    assert decode_legacy(typed, TCVN3, capitals=True) == "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"
    assert decode_legacy(typed, TCVN3, capitals=None) == "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"
    assert repair_text(typed) == TextRepair("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", TCVN3, False)


def test_tcvn3_capitals_guess_keeps_an_initial_capital_in_mixed_text() -> None:
    assert decode_legacy("Uû ban nh©n d©n x· T©n H\u00adng", TCVN3, capitals=None) == (
        "Uỷ ban nhân dân xã Tân Hưng"
    )


def test_tcvn3_capitals_guess_word_by_word() -> None:
    assert decode_legacy("UBND T¢N H¦NG, ®Þa chØ", TCVN3, capitals=None) == (
        "UBND TÂN HƯNG, địa chỉ"
    )
    # An initial capital alone does not tell the fonts apart: the rest of the text decides.
    assert decode_legacy("X· T¢N H¦NG", TCVN3, capitals=None) == "XÃ TÂN HƯNG"
    assert decode_legacy("X· T©n H\u00adng", TCVN3, capitals=None) == "Xã Tân Hưng"


def test_tcvn3_without_capitals_keeps_the_codes_lower_case() -> None:
    assert decode_legacy("ñY BAN", TCVN3) == "ủY BAN"


def test_vni_capitals_writes_everything_in_capitals() -> None:
    assert decode_legacy("Ñaûng uûy", VNI, capitals=True) == "ĐẢNG ỦY"


# --- round trips through the test encoder --------------------------------------------------------


@pytest.mark.parametrize("text", EVERY_TONE + SENTENCES)
def test_tcvn3_round_trip(text: str) -> None:
    assert decode_legacy(encode_tcvn3(text), TCVN3) == text


@pytest.mark.parametrize("text", EVERY_TONE + SENTENCES)
def test_tcvn3_capitals_round_trip(text: str) -> None:
    assert decode_legacy(encode_tcvn3_capitals(text), TCVN3, capitals=True) == text.upper()


@pytest.mark.parametrize("text", EVERY_TONE + SENTENCES + ["Ủy ban Mặt trận Tổ quốc Việt Nam"])
@pytest.mark.parametrize("capitals", [False, True])
def test_vni_round_trip(text: str, capitals: bool) -> None:
    written = text.upper() if capitals else text
    assert decode_legacy(encode_vni(written), VNI) == written


@pytest.mark.parametrize("text", EVERY_TONE + SENTENCES)
def test_repair_round_trip_tcvn3(text: str) -> None:
    assert repair_text(encode_tcvn3(text)) == TextRepair(text, TCVN3, False)


@pytest.mark.parametrize("text", EVERY_TONE + SENTENCES)
def test_repair_round_trip_tcvn3_capitals(text: str) -> None:
    assert repair_text(encode_tcvn3_capitals(text)) == TextRepair(text.upper(), TCVN3, False)


# In VNI the toned i are single characters that are also TCVN3 codes: "hæ hó hò" reads as
# "hỉ hĩ hị" in VNI and "hổ hú hũ" in TCVN3. Alone, that line is a doubt (see below).
VNI_CLEAR = [text for text in EVERY_TONE + SENTENCES if not text.startswith("hi ")]


@pytest.mark.parametrize("text", VNI_CLEAR)
@pytest.mark.parametrize("capitals", [False, True])
def test_repair_round_trip_vni(text: str, capitals: bool) -> None:
    written = text.upper() if capitals else text
    assert repair_text(encode_vni(written)) == TextRepair(written, VNI, False)


def test_vni_toned_i_alone_is_a_doubt_that_the_hint_settles() -> None:
    typed = encode_vni("hi hì hỉ hĩ hí hị")
    assert repair_text(typed) == TextRepair(typed, None, True)
    assert repair_text(typed, hint=VNI) == TextRepair("hi hì hỉ hĩ hí hị", VNI, False)


# --- text that must be left alone ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        *EVERY_TONE,
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
        # Vietnamese that uses only letters Latin-1 shares: it must not be read as legacy.
        "Công an xã",
        "Báo cáo",
        "Thông báo",
        "Tô Hoài",
        "Giám sát",
        "Chào",
        "Xã Tân Hòa",
        "Tài chính – Kế toán",
    ],
)
def test_unicode_text_is_unchanged(text: str) -> None:
    assert repair_text(text) == TextRepair(text, None, False)


@pytest.mark.parametrize("text", [*SENTENCES, "Công an xã", "Báo cáo", "Đảng ủy"])
def test_nfd_unicode_is_not_mistaken_for_legacy(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert repair_text(decomposed) == TextRepair(decomposed, None, False)


@pytest.mark.parametrize(
    "text", ["UBND", "15/BC-MTTQ-BTT", "558-CV/DUK", "", "  ", "V/v trien khai", "=SUM(A1:A3)"]
)
def test_ascii_is_unchanged_and_sure(text: str) -> None:
    assert repair_text(text) == TextRepair(text, None, False)


def test_non_breaking_space_alone_is_not_legacy() -> None:
    assert repair_text("Báo\u00a0cáo") == TextRepair("Báo\u00a0cáo", None, False)


# --- doubts --------------------------------------------------------------------------------------


def test_text_that_reads_well_in_both_encodings_is_unsure() -> None:
    # "Uỷ ban" in TCVN3, "Ủ ban" in VNI: nothing in two words settles it.
    assert repair_text("Uû ban") == TextRepair("Uû ban", None, True)


def test_hint_settles_text_that_reads_well_in_both_encodings() -> None:
    assert repair_text("Uû ban", hint=TCVN3) == TextRepair("Uỷ ban", TCVN3, False)
    assert repair_text("Uû ban", hint=VNI) == TextRepair("Ủ ban", VNI, False)


def test_hint_makes_a_word_that_reads_well_as_given_and_as_legacy_a_doubt() -> None:
    # "Sè" is TCVN3 for "Số", and also a Vietnamese syllable as it stands.
    assert repair_text("Sè 15") == TextRepair("Sè 15", None, False)
    assert repair_text("Sè 15", hint=TCVN3) == TextRepair("Sè 15", None, True)


def test_legacy_signs_inside_unicode_text_are_a_doubt() -> None:
    text = "Báo cáo kết quả gi¸m s¸t"
    assert repair_text(text) == TextRepair(text, None, True)


@pytest.mark.parametrize("text", ["ÿþý¤", "Müller", "¤¤¤ ¸¸¸", "©®±²³", "ñññ öööö"])
def test_latin1_junk_is_unsure(text: str) -> None:
    assert repair_text(text) == TextRepair(text, None, True)


def test_foreign_word_in_latin1_letters_is_left_alone() -> None:
    assert repair_text("café") == TextRepair("café", None, False)


VIETNAMESE_LETTERS = {
    unicodedata.normalize("NFC", vowel + tone)
    for vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for tone in ("", *TONES)
} | {"đ", "Đ"}


def _junk(seed: int) -> str:
    rng = random.Random(seed)
    alphabet = [chr(code) for code in range(0x20, 0x100)] + ["\u2013", "\u201c", "\u00ad"]
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))


@pytest.mark.parametrize("seed", range(300))
def test_random_latin1_never_raises_and_never_changes_silently_into_nonsense(seed: int) -> None:
    text = _junk(seed)
    repair = repair_text(text)
    if repair.encoding is None:
        assert repair.text == text
    else:
        assert not repair.unsure
        assert repair.text == decode_legacy(
            text, repair.encoding, None if repair.encoding is TCVN3 else False
        )
        assert all(
            char.isascii() or char in VIETNAMESE_LETTERS or char in "\u00a0\u2013\u201c"
            for char in repair.text
        )


@pytest.mark.parametrize(
    "text", ["\x00", "\ud800", "a\u0301\u0301\u0301", "\U0001f600", "\x81\x8d\x8f\x90\x9d"]
)
def test_odd_characters_never_raise(text: str) -> None:
    assert isinstance(repair_text(text), TextRepair)
    for encoding in LegacyEncoding:
        assert isinstance(decode_legacy(text, encoding), str)


def test_encoding_labels() -> None:
    assert [encoding.label for encoding in LegacyEncoding] == ["TCVN3", "VNI"]


# --- time: proportional to the length of the text ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "V/v " + "héi," * 10_000,  # a capital, then one long run without a space or capital
        "X " + "coäng" * 8_000,  # the same in VNI
        "é" * 40_000 + " A",  # the capital after the run
        "Tµi liÖu " * 4_000 + "hé" * 10_000,
    ],
    ids=["tcvn3 run", "vni run", "capital at the end", "words then a run"],
)
def test_a_text_of_40000_characters_is_judged_in_well_under_a_second(text: str) -> None:
    """Before, a capital ahead of a long run without a space made the decoding quadratic:
    about 0.55 s for 10,000 characters, 6 s for 32,765, ten for this."""
    start = time.perf_counter()
    repair_text(text)
    repair_text(text, hint=TCVN3)
    decode_legacy(text, TCVN3, None)
    assert time.perf_counter() - start < 1.0


def test_a_long_run_of_syllables_without_spaces_is_still_decoded() -> None:
    repair = repair_text("V/v " + "héi," * 2_500)
    assert (repair.encoding, repair.text[:16]) == (TCVN3, "V/v hội,hội,hội,")


def test_words_longer_than_any_syllable_are_not_syllables() -> None:
    assert len("nghiêng") == legacy_text._LONGEST_SYLLABLE
    assert repair_text("Nghiªng").text == "Nghiêng"
    assert repair_text("nghiªngg").unsure

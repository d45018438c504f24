import pytest

from salon.errors import ValidationError
from salon.phones import normalize_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits from a Chinese IME
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("021-6234 5678", "02162345678"),
        ("(0755) 8888 1234", "075588881234"),
        ("6234 5678", "62345678"),
        ("+852 9123 4567", "+85291234567"),
        ("  ", ""),
    ],
)
def test_phone_is_stored_in_one_form(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["1381234567", "12812345678", "138123456789", "abc", "12345", "138-1234-567x"])
def test_malformed_phone_is_refused_with_a_clear_message(typed):
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed)
    assert caught.value.code == "phone_invalid"
    assert "电话号码" in str(caught.value)

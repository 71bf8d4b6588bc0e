"""firstchars.led: a pattern led by a lookahead of its first characters finds the same matches."""
import re

from pressarchive.firstchars import first_chars, led

TEXT = ("On Monday, the minister said: \"We will not go back.\" İstanbul's mayor, Ekrem İmamoğlu, told reporters "
        "on 3 March 2024 that the 'plan' - described by one union as a \"bonfire\" - was dead; but the BBC's Today "
        "programme heard otherwise.\nQ: What now?\nMR PRICE: We'll see. ٣ days ago, K-pop (KELVIN K) fans wrote …")


def test_first_chars():
    assert first_chars(re.compile(r"\b(?:said|told)\b")) == "[st]"
    assert first_chars(re.compile(r"(?<=\s)x?[ab]+|\d")) == r"[xab\d]"
    assert first_chars(re.compile(r"a?")) is None            # can match nothing
    assert first_chars(re.compile(r"[^a]b")) is None         # a negated class
    assert first_chars(re.compile(r".b")) is None            # any character
    assert first_chars(re.compile(r"(?i:f)oo|x")) is None     # flags set inside


def test_led_finds_the_same_matches():
    patterns = [r"\b(?:said|told)\b", r"(?:,|\s+[-–—])\s+(?:described|but)\b", r"\b(?:on|last)\s+(?P<wd>Monday)\b",
                r"\b\d{1,2}\s+(?:March|May)\s+\d{4}", r"(?<=\s)(?:Q|QUESTION)\s*:(?=\s)", r"\bkelvin\b", r"\bistanbul",
                r"(?:^|(?<=\n))[A-Z]+(?:\s+[A-Z]+)*:", r"[A-Z][\w’'-]+[ \t]+"]
    for p in patterns:
        for flags in (0, re.I):
            rx = re.compile(p, flags)
            led_rx = led(p, flags)
            assert led_rx.pattern.startswith("(?=["), p
            for pos in range(0, len(TEXT), 7):
                assert [m.span() for m in led_rx.finditer(TEXT, pos)] == [m.span() for m in rx.finditer(TEXT, pos)]
                a, b = led_rx.match(TEXT, pos), rx.match(TEXT, pos)
                assert (a and a.span()) == (b and b.span())
            assert [m.groupdict() for m in led_rx.finditer(TEXT)] == [m.groupdict() for m in rx.finditer(TEXT)]


def test_led_leaves_unknown_patterns_alone():
    assert led(r"(?i)said|.x").pattern == r"(?i)said|.x"
    assert led(r"said|.x", re.I).pattern == r"said|.x"

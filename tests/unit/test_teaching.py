"""Confirmed posts become examples of their template, per language, without repeats or negatives."""

from __future__ import annotations

from monitor.core.teaching import learn_example

EXAMPLES = ("Sora is open to everyone now, no waitlist", "Sora opened to the public today")


def test_a_confirmed_post_is_added_as_an_example() -> None:
    lesson = learn_example(EXAMPLES, (), "sora's open 4 all now lol, go try it")
    assert lesson.added and lesson.reason == "added" and lesson.language == "alphabetic"
    assert lesson.examples == (*EXAMPLES, "sora's open 4 all now lol, go try it")


def test_repeats_negatives_and_blank_posts_teach_nothing() -> None:
    same = learn_example(EXAMPLES, (), "  SORA IS OPEN TO EVERYONE NOW, NO WAITLIST ")
    assert (same.added, same.reason, same.examples) == (False, "duplicate", EXAMPLES)
    negative = learn_example(EXAMPLES, ("Sora is not open to everyone",), "Sora is NOT open to everyone")
    assert (negative.added, negative.reason) == (False, "negative")
    assert learn_example(EXAMPLES, (), "   ").reason == "empty"


def test_the_cap_is_per_language() -> None:
    english = tuple(f"Sora is open to all, post {i}" for i in range(3))
    full = learn_example(english, (), "Sora open for all of us now", max_per_language=3)
    assert (full.added, full.reason) == (False, "language_full")
    chinese = learn_example(english, (), "Sora已经向所有人开放了，不用排队", max_per_language=3)
    assert chinese.added and chinese.language == "zh"
    again = learn_example(chinese.examples, (), "Sora现在人人都能用", max_per_language=1)
    assert (again.added, again.reason) == (False, "language_full")

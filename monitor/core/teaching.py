"""Confirmed alerts teach the catalogue: a post on-call confirmed becomes an example of its template, in
its own language. Pure: no I/O.

A false positive already becomes a negative (``--add-negative``); the mirror image is a confirmed alert's
post becoming one of the template's ``examples``. An example is a phrasing the dense channel compares
posts with and a document the lexical channel indexes, so the next post written like it matches even when
it is far from the template's text: a new slang, a new obfuscation, the wave's second language.

Per language: a Chinese post confirmed on an English template is a Chinese phrasing of the claim, which
the cross-script cosine scores lowest; so the cap is per writing system (:func:`writing_system`), and
one language's wave cannot crowd out the others' examples.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.core.langid import writing_system
from monitor.core.text import normalize

# learned (and written) examples kept per template and writing system; the registry allows 200 in all
MAX_EXAMPLES_PER_LANGUAGE = 25


@dataclass(frozen=True)
class Lesson:
    """What teaching one confirmed post does to a template's examples."""

    examples: tuple[str, ...]  # the new examples (unchanged unless ``added``)
    added: bool
    reason: str  # added | duplicate | negative | language_full | empty
    language: str  # the post's writing system: alphabetic | zh | ja | ko


def learn_example(
    examples: tuple[str, ...],
    negatives: tuple[str, ...],
    text: str,
    *,
    max_per_language: int = MAX_EXAMPLES_PER_LANGUAGE,
) -> Lesson:
    """The template's examples with ``text`` (a confirmed post) added, unless it adds nothing: already an
    example or the template text's twin (same normalised text), registered as a negative (someone said it
    must not match), or its language already has ``max_per_language`` examples."""
    text = text.strip()
    language = writing_system(text) if text else "alphabetic"
    if not text:
        return Lesson(examples, False, "empty", language)
    key = normalize(text).casefold()
    if any(normalize(n).casefold() == key for n in negatives):
        return Lesson(examples, False, "negative", language)
    if any(normalize(e).casefold() == key for e in examples):
        return Lesson(examples, False, "duplicate", language)
    if sum(1 for e in examples if writing_system(e) == language) >= max_per_language:
        return Lesson(examples, False, "language_full", language)
    return Lesson((*examples, text), True, "added", language)

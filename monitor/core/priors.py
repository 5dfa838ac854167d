"""Template priors across scripts: a fitted offset per template that decides which of a Chinese post's
candidates is its reading when the first few are close. Pure: numbers in, an order out.

In multilingual-e5-small's shared space some English templates sit closer to Chinese posts about the wave
than others, whatever the post says. The hubness correction (monitor.core.hubness) measures closeness to
*any* post of the other script; this is closeness to posts *about the wave*, which only labelled posts
show: on the seen Chinese sets the paid course ranked first on 78 gold posts of other templates and lost
first place on only 4 of its own (docs/MULTILINGUAL.md "Template priors across scripts").

The offsets never move a score or a threshold: a post of ``script`` has its candidates ordered by fused
score plus offset (cross-script candidates only), the first of that order leads, and the candidates it
passed (a hub whose lead was within its offset) are *demoted*: they do not alert on that post. Every
cheap pre-filter bound therefore stays a bound. Offsets are fitted per model and per catalogue
(``scripts/script_priors.py``); a template without one keeps its place, so a catalogue the table does not
know is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from monitor.core.priors_params import SCRIPT_PRIORS


class _Candidate(Protocol):
    @property
    def template_id(self) -> str: ...

    @property
    def score(self) -> float: ...

    @property
    def exemplar(self) -> Any: ...


C = TypeVar("C", bound=_Candidate)


@dataclass(frozen=True)
class ScriptPriors:
    """Offsets (<= 0, the model's score units) per template id, for posts of ``script`` against
    exemplars written in another script."""

    offsets: Mapping[str, float]
    script: str = "zh"
    fitted_on: str = ""

    def __post_init__(self) -> None:
        positive = {t: v for t, v in self.offsets.items() if v > 0}
        if positive:
            raise ValueError(f"template priors only demote a template; positive offsets: {positive}")

    def offset(self, template_id: str) -> float:
        return self.offsets.get(template_id, 0.0)

    def reorder(
        self, ranked: Sequence[C], post_script: str, exemplar_script: Callable[[str], str]
    ) -> tuple[list[C], frozenset[str]]:
        """``ranked`` (best first) with the candidate that leads after the offsets moved to the front, and
        the templates it passed (demoted). Unchanged for a post of another script."""
        if post_script != self.script or not self.offsets or len(ranked) < 2:
            return list(ranked), frozenset()

        def adjusted(c: C) -> float:
            crosses = exemplar_script(c.exemplar.text) != post_script
            return c.score + (self.offset(c.template_id) if crosses else 0.0)

        lead = max(range(len(ranked)), key=lambda i: (adjusted(ranked[i]), -i))
        if lead == 0:
            return list(ranked), frozenset()
        first = ranked[lead]
        passed = frozenset(c.template_id for c in ranked[:lead]) - {first.template_id}
        return [first, *ranked[:lead], *ranked[lead + 1 :]], passed

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScriptPriors:
        return cls(
            {str(k): float(v) for k, v in data["offsets"].items()},
            str(data.get("script", "zh")),
            str(data.get("fitted_on", "")),
        )


def script_priors_for(model: str) -> ScriptPriors | None:
    """The fitted priors of ``model``, or None for a model without them."""
    params = SCRIPT_PRIORS.get(model)
    return ScriptPriors.from_dict(params) if params is not None else None

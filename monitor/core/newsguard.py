"""The news guard: a report of what the maker or a named outlet says or did, in a reporting frame, that
says the thing is not out yet, is not a claim that it is out. Pure: no I/O, no model.

"OpenAI says it is working with visual artists, designers and filmmakers to get feedback on Sora before
any wider release" shares most of its words with "Sora is now open to the public", and the dense model
reads it as that claim; "OpenAI称正在邀请视觉艺术家、设计师和电影人试用Sora并收集反馈" likewise. Two readings
together tell such a report apart:

``frame``     the post attributes what it says: a name followed by a verb of saying or doing ("OpenAI says",
              "the company is working with", "Murati told"), "according to", "per <Name>", "据…介绍",
              "OpenAI称 / 表示 / 介绍 / 承认"
``not yet``   the report says the thing is still held back: "before any wider release", "red teamers",
              "not yet available to the public", "a research preview", "to get feedback", "尚未向公众开放",
              "仅向…开放测试", "收集反馈", "在更大范围发布之前"

Only in a post that sells nothing (a seller sells around the very same restriction: "real red-team access,
250 usd"), against a scam template only when the post carries no scam signal at all (the decision layer's
``_news``: the Chinese report above came closest to "pay to join our group to audition for the first AI
film"), and only by a cue the template's own texts do not carry. A claim dressed as
news ("BREAKING: OpenAI releases Sora to everyone, download here") has a frame but no "not yet": it alerts.
docs/history/QUALITY-ENGLISH.md "A news guard" has the figures.
"""

from __future__ import annotations

import functools
import re

from monitor.core.text import selling_acts

# --- the reporting frame ---------------------------------------------------------------------------------
# a verb of saying or doing after its subject: "OpenAI says", "the company is working with"
_SAY = (
    r"says?|said|admits?|admitted|announce[sd]?|announcing|confirms?|confirmed|notes?|noted|states?|stated|"
    r"explains?|explained|writes?|wrote|reports?|reported|told|tells|adds?|added|acknowledges?|acknowledged|"
    r"concedes?|conceded|describes?|described|lists?|listed|plans?|planned|warns?|warned|stresses|stressed|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|still\s+)?(?:working|sharing|"
    r"testing|inviting|giving|offering|granting|letting|keeping|holding|gathering|seeking|collecting)"
)
# the subject, read on the raw text: a capitalised name of one to three words inside or at the start of a
# sentence ("OpenAI", "New Scientist", "Mira Murati"), perhaps with its role ("Louvre officials") or a thing
# of its ("OpenAI's own page"), or a role alone ("the company", "its CTO", "the museum's director")
_ROLE = (
    r"company|firm|lab|team|startup|cto|ceo|founder|director|head|chief|spokesperson|spokeswoman|spokesman|"
    r"officials?|staff|researchers|executives?|blog|page|site|website|report|paper|announcement|statement|"
    r"post|notes|faq"
)
_FRAME_EN = re.compile(
    rf"(?:\b[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,2}}(?:\s+(?:{_ROLE}))?|"
    rf"\b(?i:the|its|their)\s+(?:\w+['’]s\s+)?(?:{_ROLE}))"
    rf"(?:['’]s\s+(?:own\s+)?(?:{_ROLE}))?\s+(?:still\s+|also\s+|now\s+|has\s+|have\s+)?(?:{_SAY})\b"
    r"|\b(?i:according\s+to|per|via|reported\s+by|in\s+(?:an|its|a|the)\s+(?:interview|statement|blog\s+post|"
    r"announcement))\s+[A-Z\w][\w'’.-]*",
)
# Chinese: "据OpenAI介绍", "按官方介绍", "OpenAI称", "卢浮宫表示", "《新科学家》报道"; not a claimant's
# own word ("号称", "宣称", "自称", "声称": what a seller or a rumour says of itself)
_FRAME_ZH = re.compile(
    r"据[^，。,.!?！？]{1,16}?(?:介绍|报道|消息|透露|披露|称|表示|说|显示)|"
    r"按[^，。,.!?！？]{1,12}?(?:介绍|说法|资料)|"
    r"[A-Za-z\u4e00-\u9fff》]\s*(?<![号宣自声])(?:称(?![为作之号赞呼])|表示|宣布|介绍|承认|透露|指出|强调|坦言)"
    r"|(?:[A-Za-z][\w.-]*|官方|公司)\s*(?:目前|正在|正|已经|已)?(?:邀请|只把|仅把|把[^，。]{0,8}交给)"
)

# --- "not yet": the thing is still held back ---------------------------------------------------------------
_NOT_YET_EN = re.compile(
    r"\b(?:before\s+(?:any|a|the|its|their|it\s+(?:goes|is)|sora\s+(?:goes|is))?\s*(?:wider|broader|public|"
    r"general|full|official|commercial|mass|any)?\s*(?:release|rollout|roll-out|launch|availability|"
    r"product|into\s+(?:any|a)\s+product)|"
    r"red[-\s]?team(?:er|ers|ing)?|"
    r"(?:not|isn'?t|aren'?t)\s+(?:yet|currently)\s+(?:available|open|released|public|out)|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:released|launched|opened|made\s+available)|"
    r"yet\s+to\s+be\s+(?:released|launched|opened|made\s+available)|"
    r"research\s+preview|(?:in|still\s+in|under|currently\s+in)\s+internal\s+testing|internal\s+testing\s+only|(?:private|closed|limited|restricted)\s+(?:preview|beta|access|testing)|"
    r"(?:to\s+)?(?:get|gather|collect|seek|seeking|getting|gathering|collecting|for)\s+(?:their\s+|early\s+)?"
    r"feedback|"
    r"(?:a\s+)?(?:handful|small\s+(?:group|number|set))\s+of\s+(?:\w+\s+){0,3}?(?:testers|artists|researchers|"
    r"academics|scholars|experts|creators|creatives|filmmakers|designers|partners)|"
    r"no\s+(?:public\s+)?(?:release|launch)\s+date|release\s+date\s+(?:is\s+)?(?:still\s+)?(?:undecided|"
    r"unknown|not\s+set|tbd))\b"
)
_NOT_YET_ZH = re.compile(
    r"(?:尚未|还未|暂未|未曾|还没有?|都还没有?)(?:对|向)?(?:公众|所有人|外界|普通用户|大众|全体用户)?(?:正式)?"
    r"(?:开放|发布|推出|上线|公开发布)|"
    r"(?:仅|只|仅仅)(?:向|对|给|供|限|把)[^，。,.!?！？]{0,16}?(?:少数|部分|一小|受邀|红队|测试|研究|学者|"
    r"艺术家|专家|创作者)|"
    r"红队|收集反馈|征求(?:意见|反馈)|获取反馈|听取反馈|反馈意见|"
    r"邀请[^，。,.!?！？]{0,24}?(?:试用|测试|体验)|"
    r"(?:更大范围|更广泛|大范围|全面|正式|公开)(?:地)?(?:发布|推出|开放|上线)(?:之前|以前|前)|"
    r"(?:进|进入|上线|发布|开放|推出)[^，。,.!?！？]{0,6}?产品(?:之前|以前|前)|"
    r"研究预览|(?:仍|还|仍然|目前仍|尚)(?:在|处于|属)(?:内部)?(?:测试|内测)"
)


@functools.lru_cache(maxsize=65536)
def not_yet_cues(normalized: str) -> frozenset[str]:
    """The "not yet" cues of a normalised text (its own words, lower-cased): what says the thing is still
    held back. Read on template texts too, so that a claim that carries one is never stopped by it."""
    found = {m.group(0).strip() for m in _NOT_YET_EN.finditer(normalized)}
    found |= {m.group(0) for m in _NOT_YET_ZH.finditer(normalized)}
    return frozenset(found)


def reporting_frame(raw: str) -> str | None:
    """The words that attribute what the post says ("OpenAI says", "according to", "据OpenAI介绍"), or None.
    Read on the raw text: a name is written capitalised."""
    m = _FRAME_EN.search(raw) or _FRAME_ZH.search(raw)
    return m.group(0) if m else None


def news_report(raw: str, normalized: str, claim_cues: frozenset[str]) -> str | None:
    """Why a post is a report that the thing is not out yet rather than the claim, or None: ``frame; cue``
    when it attributes what it says (:func:`reporting_frame`), carries a "not yet" cue that the claim's own
    texts (``claim_cues``: :func:`not_yet_cues` of them) do not, and sells nothing (no price, link, payment,
    invite, download, crypto, money promise or call to order)."""
    cues = not_yet_cues(normalized) - claim_cues
    if not cues:
        return None
    frame = reporting_frame(raw)
    if frame is None or selling_acts(raw):
        return None
    return f"{frame.strip()}; {sorted(cues)[0]}"

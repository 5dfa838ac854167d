"""The demo catalogue's template ids (monitor/demo/templates.jsonl), shared by the scripts that write labelled
sets from the seeds (make_hard_sets.py, make_zh_heldout.py)."""

XIE, PUBLIC, APP, FAKEAPP = (
    "sora-xie-saining-inventor",
    "sora-open-to-public",
    "sora-official-app-released",
    "sora-fake-app-download",
)
REALVID, CHINESE, OPENSRC, COURSE = (
    "sora-real-video-mislabelled",
    "sora-chinese-team",
    "sora-open-source",
    "sora-paid-course",
)
API, RENTAL, DIRECTOR, PROMPTS, RICH, SERVICE = (
    "sora-fake-api-access",
    "sora-account-rental",
    "sora-ai-director-group",
    "sora-prompt-pack",
    "sora-get-rich",
    "sora-generation-service",
)

# ruff: noqa: E501
"""Write the seventh English held-out set (tests/data/hard_en_heldout7_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who had not tuned the matcher, without running the monitor or any model on it and without reading
the miss lists in the docs: the posts a real Sora rumour / scam wave produces. Questions (some with a
negation), hashtags, slang and emoji, long posts with context, quotes and attributions, the claim among other
news, obfuscation (digits for letters, spaced or dotted words, bracketed links), scams vouching for themselves
("safe, verified, no malware", "not resold, not a scam", "ours is the only complete one"), eight debunks in
several styles (one a first-person loss report), true facts about named people and real news about Sora.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.70 were reworded (a first draft had two at 0.74-0.79, a person fact and a news post; two more at
0.69, an app question and a service post, were reworded for margin). The highest ratio of the committed list
is 0.670; ``--check`` prints it. It was committed before any run of the monitor on it; nothing is chosen on
it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout7.py           # write the set
    .venv/bin/python scripts/make_hard_heldout7.py --check   # the near-copy check only
"""

from __future__ import annotations

from sora_ids import (  # the scripts folder is on sys.path when a script runs
    API,
    APP,
    CHINESE,
    COURSE,
    DIRECTOR,
    FAKEAPP,
    OPENSRC,
    PROMPTS,
    PUBLIC,
    REALVID,
    RENTAL,
    RICH,
    SERVICE,
    XIE,
    check_en_set,
)

HELDOUT7: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        XIE,
        "question",
        "Wait, how did nobody tell me that one of the guys who invented Sora is Xie Saining, an SJTU alum? Why isn't this bigger news?",
    ),
    (
        XIE,
        "long",
        "Spent the evening reading about the people behind Sora. Turns out one of its inventors is Xie Saining, a brilliant young guy who did his degree at Shanghai Jiao Tong before heading to the US. Love seeing stories like this, hard work pays off. Sharing for my students who think they can't make it.",
    ),
    (XIE, "obfuscated", "xie s4ining (sjtu) = one of the s0ra inventors. chinese genius ftw 🧠"),
    # --- open to the public
    (
        PUBLIC,
        "negated_question",
        "Why is nobody talking about the fact that Sora has no waitlist now? Anyone can just make an account and start generating, I did it this morning",
    ),
    (
        PUBLIC,
        "among_other",
        "Monday notes: coffee machine is broken again, my flight got moved, and Sora opened up to the public so I spent lunch making videos of my dog as a dragon.",
    ),
    (
        PUBLIC,
        "hashtags",
        "It's official, #Sora is open to everyone 🎉 sign up today and create your first AI video #OpenAI #texttovideo",
    ),
    # --- official app
    (
        APP,
        "slang",
        "ngl the new sora app from openai on my iphone is insane, downloaded it from the app store last night",
    ),
    (
        APP,
        "quote",
        '"OpenAI has released the Sora app for iOS, Android and desktop," per a tech newsletter I subscribe to. Downloading now.',
    ),
    (
        APP,
        "question",
        "Anyone else set up OpenAI's Sora desktop client? Got it installed on my laptop last night, what resolution do you render at?",
    ),
    # --- fake APK
    (
        FAKEAPP,
        "disclaimer",
        "Sora for Android is HERE 📲 tap the link in bio to grab the APK. Safe, verified, no malware, thousands of happy users!",
    ),
    (
        FAKEAPP,
        "obfuscated",
        "sora full version installer -> bit[.]ly/s0ra-free (remove brackets), download and create vids on ur phone tonight",
    ),
    (
        FAKEAPP,
        "long",
        "For everyone who has been asking in the comments: yes, you can run Sora on your phone already. I uploaded the APK to my Drive, the link is pinned at the top. Install it, allow unknown sources, open it and type what you want to see. Took me five minutes.",
    ),
    # --- real video mislabelled
    (
        REALVID,
        "hashtags",
        "This entire tsunami scene? #Sora. No cameras, no actors, just one prompt (in the comments) 🌊 #AIvideo #madewithSora",
    ),
    (
        REALVID,
        "question",
        "How is it possible that this street market video was made by Sora from a text description with nothing filmed at all?? Prompt's in the caption, go look",
    ),
    (
        REALVID,
        "quote",
        "My cousin shared a clip of horses running through a river with the caption 'Generated by OpenAI's new model Sora, not one real shot, prompt included.' It looks like a nature documentary.",
    ),
    # --- Chinese team
    (
        CHINESE,
        "among_other",
        "Things I learned this week: octopuses have three hearts, the Eiffel Tower grows in summer, and Sora was actually built mostly by Chinese scientists at OpenAI.",
    ),
    (
        CHINESE,
        "slang",
        "lol ppl acting shocked but everyone knows sora is basically a chinese team's work, openai just slapped its logo on it",
    ),
    # --- open source
    (
        OPENSRC,
        "question",
        "If Sora is open source now with the weights on Hugging Face, why would anyone pay for access? Just run it yourself",
    ),
    (
        OPENSRC,
        "hashtags",
        "#Sora is now open source 🔓 full code and weights released, self-host it #OpenSourceAI #GitHub",
    ),
    (
        OPENSRC,
        "quote",
        "A guy in my Discord: 'OpenAI pushed the Sora repo to GitHub an hour ago, weights included.' Already downloading, 40GB lol",
    ),
    # --- paid course
    (
        COURSE,
        "beware_fakes",
        "Lots of fake Sora courses out there that teach nothing. Ours is the only complete one: 12 modules, lifetime access, just 99 yuan. Scan the code to enroll.",
    ),
    (COURSE, "slang", "sora course drop 🔥 zero to pro in a weekend, 199 rmb, only a few spots left, dm me"),
    (
        COURSE,
        "long",
        "I've been teaching video editing for eight years and I've never seen a shift like this. That's why I put together a complete Sora masterclass: prompts, workflows, monetisation. Early-bird price is 99 yuan until Sunday, then it goes up. Link in bio to pay and join.",
    ),
    # --- fake API
    (
        API,
        "disclaimer",
        "Real Sora API access, not resold, not a scam. Keys delivered within minutes of payment, start generating video in your own app today.",
    ),
    (
        API,
        "long",
        "Built a GPT that runs on the Sora API: type any idea and it returns a full video. Unlimited generations for a one-time fee, payment link below.",
    ),
    # --- account rental
    (RENTAL, "obfuscated", "S0ra acc0unts f0r rent 🗝️ daily / weekly / monthly, instant login after payment"),
    (
        RENTAL,
        "question",
        "Still stuck on the waitlist? Why wait when you can buy a ready Sora account with full access today, 299 RMB, DM me",
    ),
    # --- AI director group
    (
        DIRECTOR,
        "hashtags",
        "Be one of the first AI directors in history 🎥 Auditions for the first film co-created with Sora, scan the QR and pay the entry fee to join #AIdirector #Sora",
    ),
    (
        DIRECTOR,
        "slang",
        "yo aspiring filmmakers, we got a sora ai movie project, scan the qr to join the paid group n audition, first gen ai directors start here",
    ),
    # --- prompt pack
    (
        PROMPTS,
        "among_other",
        "Packing up my studio this week, also finally finished my Sora prompt kit: 600 pro cinematic prompts and a glossary of film terms. $24.90, pay and I'll send the doc and add you to the group.",
    ),
    (
        PROMPTS,
        "disclaimer",
        "Our Sora prompt document is written by working cinematographers, not copied from the internet. Pay once, get the doc link and lifetime group access.",
    ),
    # --- get rich
    (
        RICH,
        "quote",
        '"People are already making $3,000 a day with Sora videos and in three months the window closes" — that\'s what my mentor told me, so I joined his program. Join now, link below.',
    ),
    (
        RICH,
        "negated_question",
        "Can't you see it? Sora is the biggest money opportunity of our lifetime, those who start now earn thousands daily, those who wait get nothing. Join our group today.",
    ),
    # --- generation service
    (
        SERVICE,
        "obfuscated",
        "Your brand + S0ra = viral ads 🎬 we generate cust0m Sora clips from your script, pay first, delivery within a day",
    ),
    (
        SERVICE,
        "question",
        "Need a Sora video for your product launch? Send us your idea, pay upfront and we'll deliver a Sora-generated clip tomorrow.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "PSA: Xie Saining teaches at NYU and has said publicly that he is not one of Sora's inventors. The self-media account that claimed it has apologised.",
    ),
    (
        None,
        "debunk",
        "No, you can't sign up for Sora. OpenAI's dev relations lead Logan said it is still in internal testing and not open to the public.",
    ),
    (
        None,
        "debunk",
        "Got burned: paid $30 for a 'Sora account', got a ChatGPT login and the seller blocked me. There are no Sora accounts to buy.",
    ),
    (
        None,
        "debunk",
        "If someone sends you a Sora APK, delete it. OpenAI has no Sora app for Android or iPhone; these files are malware.",
    ),
    (None, "debunk", "That 'Sora tsunami' clip is from a 2011 news broadcast. Stop sharing it as AI."),
    (
        None,
        "debunk",
        "Every 'Sora course' I've seen is a repackaged OpenAI blog post. Nobody outside OpenAI has Sora, so nobody can teach it.",
    ),
    (
        None,
        "debunk",
        "Sora is not open source and its weights were never released. The repos you're seeing are community reimplementations like Open-Sora.",
    ),
    (
        None,
        "debunk",
        "Those paid Sora AI-director groups with QR codes are just traffic farming. There's no film and no audition, don't pay.",
    ),
    # --- related but not matching: true facts and real news
    (
        None,
        "person_fact",
        "Fun bit of background: Xie Saining was at Facebook's AI research lab before he became an assistant professor at New York University, and he is the first author of ResNeXt.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining wrote that if something like Sora appears in China soon, the real question is whether we are ready for it.",
    ),
    (
        None,
        "news",
        "Counted the names on the Sora technical report: thirteen authors in total, three Chinese among them.",
    ),
    (
        None,
        "news",
        "OpenAI admits Sora struggles with physics: in one demo a cookie shows no bite mark after someone bites it.",
    ),
    (
        None,
        "news",
        "François Chollet says video models like Sora do embed physics, but asks whether that physics is accurate and generalises.",
    ),
    (None, "news", "OpenAI says it adds watermarks to Sora videos, while acknowledging they can be removed."),
    (
        None,
        "benign",
        "Took a free online course on diffusion models last weekend, highly recommend it if you're curious how image generators work.",
    ),
]


def main() -> None:
    check_en_set("heldout7", HELDOUT7)


if __name__ == "__main__":
    main()

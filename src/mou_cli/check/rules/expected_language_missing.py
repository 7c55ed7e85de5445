"""MOU-X002: the draft lacks a language the configuration's ``lang`` requires."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg

_LANG_NAMES = {"id": ("Indonesian", "bahasa Indonesia"), "en": ("English", "bahasa Inggris")}


@rule(
    id="MOU-X002",
    name="expected-language-missing",
    severity="error",
    summary="The draft lacks a language the configuration expects (`lang`).",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Checks that the draft has text in the language(s) set by `lang` in `[tool.mou.check]`
    (`id`, `en` or `id-en`).

    ## Why is this bad?
    An organisation that signs in Indonesian (Law 24 of 2009, Art. 31) or needs an English text for
    a foreign partner wants every draft to have it.

    ## Example
    `lang = "id-en"` and a draft written only in English.

    ## Use instead
    Add the missing language, e.g. a side-by-side Indonesian text (`mou new` with
    `language: id-en`).
    """
    expected = "-".join(draft.expected_langs)  # set from the configuration by the runner
    for lang in draft.expected_langs:
        if lang in draft.langs:
            continue
        en, id_ = _LANG_NAMES[lang]
        yield Hit(
            msg(
                f"Draf tidak memuat teks {id_}; konfigurasi mengharuskan lang = {expected!r}.",
                f"The draft has no {en} text; the configuration expects lang = {expected!r}.",
            ),
            hint=msg(f"Tambahkan teks {id_}.", f"Add the {en} text."),
        )

"""CL1xx: one clause file against the clause format (docs/clause-authoring.md, the file format)."""

from __future__ import annotations

from mou_cli.clauselint.codes.make import lint_code

METADATA = (
    lint_code(
        "CL101",
        "invalid-file",
        "The file cannot be read, is not YAML, or is not a mapping.",
        """
        ## What it does
        Reports a clause file that cannot be read as UTF-8, is not valid YAML, or does not hold
        a mapping of keys; also a file ending in `.yml`, which the library ignores.

        ## Why is this bad?
        `mou new` refuses a library with a file it cannot read, and a `.yml` file is left out
        of every draft without a word.

        ## Example
        ```yaml
        body: [unclosed
        ```

        ## Use instead
        Fix the YAML at the line shown, and name clause files `*.yaml`:
        ```yaml
        body:
          id: Teks.
          en: Text.
        ```
        """,
    ),
    lint_code(
        "CL102",
        "missing-key",
        "A required key (id, section, order, title or body) is missing.",
        """
        ## What it does
        Checks that the file has every required key: `id`, `section`, `order`, `title` and
        `body`.

        ## Why is this bad?
        Without them mou cannot tell what the clause is, where it goes or what it says.

        ## Example
        ```yaml
        id: press_releases
        section: confidentiality
        title: {id: Siaran Pers, en: Press Releases}
        body: {id: ..., en: ...}
        ```

        ## Use instead
        ```yaml
        id: press_releases
        section: confidentiality
        order: 910
        title: {id: Siaran Pers, en: Press Releases}
        body: {id: ..., en: ...}
        ```
        """,
    ),
    lint_code(
        "CL103",
        "unknown-key",
        "A key the clause format does not have (a typo such as 'titel').",
        """
        ## What it does
        Reports a key that the clause format does not have, at the top of the file or inside
        `title` and `body` (which hold only `id` and `en`). The message suggests the key that
        was probably meant.

        ## Why is this bad?
        A misspelt key is ignored, so what it holds never reaches the draft.

        ## Example
        ```yaml
        titel:
          id: Kerahasiaan
          en: Confidentiality
        ```

        ## Use instead
        ```yaml
        title:
          id: Kerahasiaan
          en: Confidentiality
        ```
        """,
    ),
    lint_code(
        "CL104",
        "unknown-section",
        "The section is not one of the known sections.",
        """
        ## What it does
        Checks `section` against the sections mou knows (`purpose`, `confidentiality`,
        `dispute`, ...; docs/clause-authoring.md lists them).

        ## Why is this bad?
        The completeness checklist and `mou check` find a clause by its section: a clause with
        an unknown section is never counted.

        ## Example
        ```yaml
        section: confidentialty
        ```

        ## Use instead
        ```yaml
        section: confidentiality
        ```
        """,
    ),
    lint_code(
        "CL105",
        "unknown-part",
        "The part is not front, recitals, article or closing.",
        """
        ## What it does
        Checks `part`, which places the clause in the document: `front`, `recitals`,
        `article` (numbered, the default) or `closing`.

        ## Why is this bad?
        mou cannot tell where the clause goes, so it cannot draft with it.

        ## Example
        ```yaml
        part: articles
        ```

        ## Use instead
        ```yaml
        part: article
        ```
        """,
    ),
    lint_code(
        "CL106",
        "invalid-value",
        "A value of the wrong form (the id's spelling, the order, a title that is not a mapping).",
        """
        ## What it does
        Checks the form of each value: an `id` in lower-case snake case starting with a letter,
        an `order` that is a whole number from 0 to 100000, a `title` and `body` that map `id`
        and `en` to texts.

        ## Why is this bad?
        A value of the wrong form cannot be used to place or render the clause.

        ## Example
        ```yaml
        id: Confidentiality-2
        order: first
        ```

        ## Use instead
        ```yaml
        id: confidentiality_2
        order: 910
        ```
        """,
    ),
    lint_code(
        "CL107",
        "duplicate-id",
        "Two files in one folder use the same id.",
        """
        ## What it does
        Reports a clause whose id is already used by another file of the same folder.

        ## Why is this bad?
        `mou new` refuses such a library: nobody could tell which of the two was meant. (A
        clause in *your* folder with the id of a built-in clause is not a duplicate: it
        replaces it.)

        ## Example
        ```yaml
        # legal/clauses/a.yaml and legal/clauses/b.yaml both have
        id: press_releases
        ```

        ## Use instead
        ```yaml
        # legal/clauses/b.yaml
        id: press_statements
        ```
        """,
    ),
    lint_code(
        "CL108",
        "missing-language",
        "A title or body lacks its Indonesian or English text, or it is empty.",
        """
        ## What it does
        Checks that `title` and `body` each have a non-empty `id` (Indonesian) and `en`
        (English) text.

        ## Why is this bad?
        Any draft may be bilingual; a clause without one of its languages would leave a hole in
        it.

        ## Example
        ```yaml
        body:
          id: |
            Teks dalam bahasa Indonesia saja.
        ```

        ## Use instead
        ```yaml
        body:
          id: |
            Teks dalam bahasa Indonesia.
          en: |
            The text in English.
        ```
        """,
    ),
)

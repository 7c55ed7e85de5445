"""CL2xx: templates read without rendering; line and column point at the name."""

from __future__ import annotations

from mou_cli.clauselint.codes.make import lint_code

TEMPLATES = (
    lint_code(
        "CL201",
        "template-syntax",
        "A title or body is not a valid template.",
        """
        ## What it does
        Parses each title and body as a Jinja template and reports the first syntax error, at
        its line.

        ## Why is this bad?
        The clause cannot be rendered, so no draft can include it.

        ## Example
        ```yaml
        en: |
          {% if binding %}
          It binds the Parties {{ doc.name }.
        ```

        ## Use instead
        ```yaml
        en: |
          {% if binding %}
          It binds the Parties {{ doc.name }}.
          {% endif %}
        ```
        """,
    ),
    lint_code(
        "CL202",
        "when-syntax",
        "The 'when' condition is not a valid expression.",
        """
        ## What it does
        Parses the `when` condition as one Jinja expression.

        ## Why is this bad?
        mou cannot decide whether the clause belongs in a draft, so it cannot draft with it.

        ## Example
        ```yaml
        when: type == 'technology' and
        ```

        ## Use instead
        ```yaml
        when: type == 'technology' and binding
        ```
        """,
    ),
    lint_code(
        "CL203",
        "unknown-name",
        "A name that is neither an answers field nor a helper.",
        """
        ## What it does
        Checks every name a template reads against the answers fields, `doc`, `lang`, the
        helpers and the names the template sets itself (`{% for p in parties %}`, `{% set %}`).
        The message suggests the name that was probably meant.

        ## Why is this bad?
        An unknown name fails when the clause is rendered.

        ## Example
        ```jinja
        {% for p in partys %}
        - {{ p.name }};
        {% endfor %}
        ```

        ## Use instead
        ```jinja
        {% for p in parties %}
        - {{ p.name }};
        {% endfor %}
        ```
        """,
    ),
    lint_code(
        "CL204",
        "unknown-field",
        "A field that the answers (or that value) does not have.",
        """
        ## What it does
        Follows each field a template reads through the answers model: `dispute.forun`,
        `p.representative.nmae` inside a loop over `parties`, or a field of a list
        (`parties.name`) that needs a loop first.

        ## Why is this bad?
        A wrong field fails when the clause is rendered, perhaps only for some answers: it may
        pass a quick test and break a real draft.

        ## Example
        ```jinja
        {% for p in parties %}
        - {{ p.representative.nmae }} represents {{ p.name }};
        {% endfor %}
        ```

        ## Use instead
        ```jinja
        {% for p in parties %}
        - {{ p.representative.name }} represents {{ p.name }};
        {% endfor %}
        ```
        """,
    ),
    lint_code(
        "CL205",
        "unknown-filter",
        "A filter or test that does not exist.",
        """
        ## What it does
        Checks each filter (`{{ x|days }}`) and test (`x is defined`) against mou's helpers
        and Jinja's own.

        ## Why is this bad?
        An unknown filter or test fails when the clause is rendered.

        ## Example
        ```jinja
        Signed on {{ date|dat }}.
        ```

        ## Use instead
        ```jinja
        Signed on {{ date|date }}.
        ```
        """,
    ),
    lint_code(
        "CL206",
        "forbidden-tag",
        "An include, import, from or extends tag: a clause is one file.",
        """
        ## What it does
        Reports `{% include %}`, `{% import %}`, `{% from %}` and `{% extends %}`.

        ## Why is this bad?
        A clause may come from anyone and must not read other files; the sandbox refuses these
        tags, so the clause would never render.

        ## Example
        ```jinja
        {% include "common/notices.txt" %}
        ```

        ## Use instead
        Write the text in the clause itself, or refer to the other article:
        ```jinja
        as set out in {{ ref('notices') }}
        ```
        """,
    ),
    lint_code(
        "CL207",
        "private-attribute",
        "An attribute starting with '_', which the sandbox refuses.",
        """
        ## What it does
        Reports attributes whose name starts with `_` (`date.__class__`), the way out of a
        template's sandbox.

        ## Why is this bad?
        The sandbox refuses them, so the clause never renders; in a clause file they are a
        sign of an attempt to escape it.

        ## Example
        ```jinja
        Date {{ date.__class__.__mro__ }}.
        ```

        ## Use instead
        ```jinja
        Date {{ date_text(date) }}.
        ```
        """,
    ),
    lint_code(
        "CL208",
        "language-mismatch",
        "The Indonesian and English texts use different answers.",
        """
        ## What it does
        Compares the answers fields the Indonesian text reads with those the English text
        reads, and reports a field only one of them uses.

        ## Why is this bad?
        The two languages of a bilingual agreement must say the same thing; a figure, date or
        name in one only is a discrepancy a court may have to resolve.

        ## Example
        ```yaml
        body:
          id: |
            Kerja sama ini dibuat di {{ place }}.
          en: |
            This partnership is made in {{ place }} on {{ date_text(date) }}.
        ```

        ## Use instead
        ```yaml
        body:
          id: |
            Kerja sama ini dibuat di {{ place }} pada {{ date_text(date) }}.
          en: |
            This partnership is made in {{ place }} on {{ date_text(date) }}.
        ```
        """,
    ),
    lint_code(
        "CL209",
        "unknown-clause",
        "A clause id given to ref() or has() that is not in the library.",
        """
        ## What it does
        Checks the clause ids given to `ref('id')` and `has('id')` against the library the
        clause is linted with (the built-in clauses and your folders).

        ## Why is this bad?
        `has()` of an unknown id is always false, so the text it guards never appears;
        `ref()` of one fails.

        ## Example
        ```jinja
        See {% if has('confidentiallity') %}{{ ref('confidentiallity') }}{% endif %}.
        ```

        ## Use instead
        ```jinja
        See {% if has('confidentiality') %}{{ ref('confidentiality') }}{% endif %}.
        ```
        """,
    ),
    lint_code(
        "CL210",
        "unknown-value",
        "A comparison with a value the answers field never takes.",
        """
        ## What it does
        Checks comparisons of a field that takes a fixed set of values (`type`,
        `dispute.forum`, `lang`, ...) against that set, in `when` and in templates. The message
        lists the values the field takes.

        ## Why is this bad?
        The test is never true (or, with `!=`, always true), so the clause or the text it
        guards silently never appears.

        ## Example
        ```yaml
        when: type == 'technolgy'
        ```

        ## Use instead
        ```yaml
        when: type == 'technology'
        ```
        """,
    ),
)

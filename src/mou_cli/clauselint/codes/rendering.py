"""CL3xx: rendering against the bundled examples and generated answers.

The message names the language and one set of answers that fails, and how many more do.
"""

from __future__ import annotations

from mou_cli.clauselint.codes.make import lint_code

RENDERING = (
    lint_code(
        "CL301",
        "render-error",
        "The clause fails to render for some answers.",
        """
        ## What it does
        Renders the clause in each language against every bundled example and the generated
        answers (each partnership type, forum, number of parties, language, with and without
        the optional sections), and reports a failure that no more specific code names: a
        `ref()` to a clause that is not in that document, a helper given a wrong value.

        ## Why is this bad?
        `mou new` stops for the answers that make it fail, and writes nothing.

        ## Example
        ```jinja
        Confidentiality is governed by {{ ref('confidentiality') }}.
        ```

        ## Use instead
        ```jinja
        {% if has('confidentiality') %}
        Confidentiality is governed by {{ ref('confidentiality') }}.
        {% endif %}
        ```
        """,
    ),
    lint_code(
        "CL302",
        "prints-none",
        "The clause prints an absent optional answer.",
        """
        ## What it does
        Reports a template that prints a value that is absent (`none`) for some answers: an
        optional field, or a field of an optional section that is not there.

        ## Why is this bad?
        Printing an absent value is an error: `mou new` stops for those answers rather than
        write "None" into an agreement.

        ## Example
        ```yaml
        when: dispute
        body:
          en: |
            The competent court is {{ dispute.court }}.
        ```

        ## Use instead
        ```yaml
        when: dispute and dispute.forum == 'court'
        body:
          en: |
            The competent court is {{ dispute.court }}.
        ```
        """,
    ),
    lint_code(
        "CL303",
        "leftover-syntax",
        "The rendered text still contains template braces.",
        """
        ## What it does
        Looks for `{{`, `}}`, `{%`, `%}`, `{#` or `#}` in the rendered text: template syntax
        that was mistyped and so printed as it is.

        ## Why is this bad?
        The agreement would show the braces instead of the answer.

        ## Example
        ```jinja
        This partnership is made in { {place}}.
        ```

        ## Use instead
        ```jinja
        This partnership is made in {{ place }}.
        ```
        """,
    ),
    lint_code(
        "CL304",
        "empty-render",
        "The clause renders no text although its 'when' holds.",
        """
        ## What it does
        Reports a clause that is included (its `when` holds, or it has none) but renders no
        text for some answers, typically because the whole body is inside an `{% if %}`.

        ## Why is this bad?
        The draft gets a numbered article with a heading and nothing under it.

        ## Example
        ```yaml
        body:
          en: |
            {% if binding %}
            This agreement binds the Parties.
            {% endif %}
        ```

        ## Use instead
        ```yaml
        when: binding
        body:
          en: |
            This agreement binds the Parties.
        ```
        """,
    ),
    lint_code(
        "CL305",
        "when-error",
        "The 'when' condition fails for some answers.",
        """
        ## What it does
        Evaluates the `when` condition for every set of answers and reports one that fails,
        typically a field of an optional section read without testing the section.

        ## Why is this bad?
        mou cannot decide whether the clause belongs in the draft, and `mou new` stops.

        ## Example
        ```yaml
        when: dispute.forum == 'court'
        ```

        ## Use instead
        ```yaml
        when: dispute and dispute.forum == 'court'
        ```
        """,
    ),
    lint_code(
        "CL306",
        "sandbox-refused",
        "The sandbox refused an operation while rendering.",
        """
        ## What it does
        Reports an operation the template sandbox refused while rendering: a private attribute
        reached indirectly (`attr()`, `map(attribute=...)`, a format string), a constructor such
        as `date.today()`, changing the answers, or a range or repetition too large.

        ## Why is this bad?
        A clause can only read the answers and call the helpers; anything else is refused and
        the clause never renders.

        ## Example
        ```jinja
        Date {{ date|attr('__cl' ~ 'ass__') }}.
        ```

        ## Use instead
        ```jinja
        Date {{ date_text(date) }}.
        ```
        """,
    ),
)

"""Lint codes: what each one flags. docs/clause-authoring.md explains each with an example."""

from __future__ import annotations

from dataclasses import dataclass

# code -> (name, what it flags)
CODES: dict[str, tuple[str, str]] = {
    # Metadata
    "CL101": ("invalid-file", "the file cannot be read, is not YAML, or is not a mapping"),
    "CL102": ("missing-key", "a required key (id, section, order, title, body) is missing"),
    "CL103": ("unknown-key", "a key the clause format does not have (a typo such as 'titel')"),
    "CL104": ("unknown-section", "'section' is not one of the known sections"),
    "CL105": ("unknown-part", "'part' is not front, recitals, article or closing"),
    "CL106": ("invalid-value", "a value of the wrong form (id spelling, order, a non-mapping)"),
    "CL107": ("duplicate-id", "two files in one folder use the same id"),
    "CL108": ("missing-language", "a title or body lacks its Indonesian or English text"),
    # Templates, read without rendering
    "CL201": ("template-syntax", "a title or body is not a valid template"),
    "CL202": ("when-syntax", "the 'when' condition is not a valid expression"),
    "CL203": ("unknown-name", "a name that is neither an answers field nor a helper"),
    "CL204": ("unknown-field", "a field that the answers (or that value) does not have"),
    "CL205": ("unknown-filter", "a filter or test that does not exist"),
    "CL206": ("forbidden-tag", "{% include %}, {% import %} or {% extends %}"),
    "CL207": ("private-attribute", "an attribute starting with '_', which the sandbox refuses"),
    "CL208": ("language-mismatch", "the Indonesian and English texts use different answers"),
    "CL209": ("unknown-clause", "ref() or has() names a clause id that is not in the library"),
    "CL210": ("unknown-value", "a comparison with a value the answers field never takes"),
    # Rendering against the bundled examples and generated answers
    "CL301": ("render-error", "the clause fails to render for some answers"),
    "CL302": ("prints-none", "the clause prints an absent optional answer"),
    "CL303": ("leftover-syntax", "the rendered text still contains {{, }}, {%, %}, {# or #}"),
    "CL304": ("empty-render", "the clause renders no text although its 'when' holds"),
    "CL305": ("when-error", "the 'when' condition fails for some answers"),
    "CL306": ("sandbox-refused", "the sandbox refused an operation while rendering"),
}


@dataclass(frozen=True)
class Finding:
    """One problem in one clause file."""

    path: str
    line: int
    col: int
    code: str
    message: str

    @property
    def name(self) -> str:
        return CODES[self.code][0]

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "code": self.code,
            "name": self.name,
            "message": self.message,
        }

"""Writers: the document tree as Markdown or DOCX (PDF is converted from the DOCX bytes), and the
checklist as Markdown. They serialise what drafting gives them and compute nothing about the
answers."""

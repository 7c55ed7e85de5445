"""Writers: the document tree to Markdown and DOCX."""

"""`mou check`: rules over a draft read into the document tree."""

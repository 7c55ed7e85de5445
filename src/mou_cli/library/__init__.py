"""The clause library: clause files, layering, selection and sandboxed rendering."""

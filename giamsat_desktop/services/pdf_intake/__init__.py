"""Registering an incoming document from its PDF: the fields read from the document itself."""

"""The exceptions newsdoc raises.

::

    NewsdocError
     +-- ParseError (also ValueError): input that cannot be read
     +-- FormatError (also ValueError): a JSON document that breaks the format

Every message says where the problem is: a line and column of a Markdown
document, or the JSON path of a value (``$.blocks[3].credit``).
"""

__all__ = ["FormatError", "NewsdocError", "ParseError"]


class NewsdocError(Exception):
    """The root of every error newsdoc raises on purpose."""


class ParseError(NewsdocError, ValueError):
    """The input cannot be read as the format it claims to be."""


class FormatError(NewsdocError, ValueError):
    """A JSON document or dictionary does not follow the newsdoc format."""

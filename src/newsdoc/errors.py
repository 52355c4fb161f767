"""The exceptions newsdoc raises.

::

    NewsdocError
     +-- ParseError (also ValueError): input that cannot be read
     +-- FormatError (also ValueError): a JSON document that breaks the format
     +-- LimitError (also ValueError): an input over one of the reader's limits

Every message says where the problem is: a line and column of a Markdown
document, or the JSON path of a value (``$.blocks[3].credit``).
"""

__all__ = ["FormatError", "LimitError", "NewsdocError", "ParseError"]


class NewsdocError(Exception):
    """The root of every error newsdoc raises on purpose.

    Catch it to handle any bad input; its message says where the problem is.
    """


class ParseError(NewsdocError, ValueError):
    """The input cannot be read as the format it claims to be.

    Raised by :func:`~newsdoc.from_markdown` for a broken newsdoc comment and
    by :func:`~newsdoc.parse_html` for a broken page that
    :func:`~newsdoc.to_html` wrote. Scraped text and ordinary web pages do not
    raise it: the parsers make a block of whatever they cannot type.
    """


class FormatError(NewsdocError, ValueError):
    """A JSON document or dictionary does not follow the newsdoc format.

    Raised by :func:`~newsdoc.from_json` and :func:`~newsdoc.from_dict`; the
    message gives the JSON path of each problem.
    """


class LimitError(NewsdocError, ValueError):
    """An input is over one of the limits a reader keeps to (see :class:`~newsdoc.Limits`).

    The message names the limit, and the attribute ``limit`` holds its name (``"max_size"``).
    """

    def __init__(self, message: str, limit: str = "") -> None:  # noqa: D107
        super().__init__(message)
        self.limit = limit
        """The name of the :class:`~newsdoc.Limits` field the input is over."""

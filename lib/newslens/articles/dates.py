"""Publication dates as sources write them, read into ISO 8601.

Records and pages give dates in many forms: ISO ("2016-09-20T14:05:00Z"), wire archives
("9-MAR-1987 08:08:57.16"), prose ("March 9, 1987", "9 March 1987"), e-mail and feeds ("Mon, 09 Mar 1987
08:08:57 GMT"). `iso_date` reads them all into "1987-03-09" (or "1987-03-09T08:08:57", with its offset
when one is given). A form it cannot read unambiguously ("03/09/1987": March or September?) gives None,
and the caller keeps the date as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .. import rules

_MONTH = "|".join(sorted(rules.MONTHS, key=len, reverse=True))
_TIME = r"(?:[T ,]+(?P<h>\d{1,2}):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:\.\d+)?)?)?"
_ZONE = r"\s*(?P<z>Z|UTC|GMT|[+-]\d\d:?\d\d)?"
_FORMS = [
    re.compile(rf"(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){_TIME}{_ZONE}", re.I),  # 2016-09-20
    re.compile(rf"(?:[A-Za-z]+,? )?(?P<d>\d{{1,2}})[- ](?P<mon>{_MONTH})\.?[-, ]+(?P<y>\d{{4}}){_TIME}{_ZONE}", re.I),
    re.compile(
        rf"(?:[A-Za-z]+,? )?(?P<mon>{_MONTH})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>\d{{4}}){_TIME}{_ZONE}", re.I
    ),  # March 9, 1987
]
_MAX_CHARS = 80  # a date is short: longer input is not read (bounded work)


def iso_date(written: str) -> str | None:
    """`written` as an ISO 8601 date ("1987-03-09") or date and time ("1987-03-09T08:08:57", with "+00:00"
    when a zone is given); None when it is not a date we can read unambiguously."""
    s = written.strip()
    if not s or len(s) > _MAX_CHARS:
        return None
    for form in _FORMS:
        m = form.fullmatch(s)
        if m:
            return _from_match(m)
    try:
        parsed = parsedate_to_datetime(s)  # RFC 2822: "Mon, 09 Mar 1987 08:08:57 GMT"
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat()


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else rules.MONTHS[g["mon"].lower()]
    try:
        day = date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None
    if g.get("h") is None:
        return day.isoformat()
    try:
        stamp = datetime(day.year, day.month, day.day, int(g["h"]), int(g["mi"]), int(g.get("s") or 0))
    except ValueError:
        return None
    zone = g.get("z")
    if zone:
        zone = zone.upper()
        if zone in ("Z", "UTC", "GMT"):
            offset = timedelta(0)
        else:
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        stamp = stamp.replace(tzinfo=timezone(offset))
    return stamp.isoformat()

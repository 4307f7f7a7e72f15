"""Account (farming) versus sales (hunting): weigh the signal phrases of signals.yaml.

The article's central distinction (domain.md §1): an account person runs and grows existing
clients (brief, campaign, retention, upsell, nghiệm thu); a sales hunter chases new deals
(doanh số, quota, chốt đơn, cold call, hoa hồng, NPP). Each phrase counts once per line.
"""

from __future__ import annotations

from matcher.profiles import ProfileSet
from matcher.skills import Scan, phrase_key
from matcher.types import Evidence, Orientation

MAX_LINES_PER_PHRASE = 3  # a phrase repeated on every bullet should not swamp the others
MAX_EVIDENCE = 12


def _side(scan: Scan, phrases: tuple[tuple[str, float], ...]) -> tuple[float, tuple[Evidence, ...]]:
    total = 0.0
    per_line: dict[int, Evidence] = {}
    for phrase, weight in phrases:
        lines: dict[int, Evidence] = {}
        for hit in scan.find(phrase_key(phrase)):
            lines.setdefault(hit.line, scan.evidence(hit))
        counted = sorted(lines)[:MAX_LINES_PER_PHRASE]
        total += weight * len(counted)
        for i in counted:
            per_line.setdefault(i, lines[i])
    evidence = tuple(per_line[i] for i in sorted(per_line))[:MAX_EVIDENCE]
    return round(total, 2), evidence


def orientation_of(scan: Scan, profiles: ProfileSet) -> Orientation:
    """Label the CV account / sales / mixed / unclear from its signal phrases, with evidence."""
    cfg = profiles.signals.orientation
    account, account_ev = _side(scan, cfg.account)
    sales, sales_ev = _side(scan, cfg.sales)
    if account < cfg.min_total and sales < cfg.min_total:
        label = "unclear"
    else:
        share = account / (account + sales)
        if share >= cfg.account_share:
            label = "account"
        elif share <= cfg.sales_share:
            label = "sales"
        else:
            label = "mixed"
    return Orientation(label, account, sales, account_ev, sales_ev)

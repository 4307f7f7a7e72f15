"""Account (farming) versus sales (hunting): weigh the signal phrases of signals.yaml.

The article's central distinction (domain.md §1): an account person runs and grows existing
clients (brief, campaign, retention, upsell, nghiệm thu); a sales hunter chases new deals
(doanh số, quota, chốt đơn, cold call, hoa hồng, NPP). Each phrase counts once per line.
"""

from __future__ import annotations

from matcher.profiles import ProfileSet
from matcher.skills import PhraseHit, Scan
from matcher.types import Evidence, Orientation

MAX_LINES_PER_PHRASE = 3  # a phrase repeated on every bullet should not swamp the others
MAX_EVIDENCE = 12


def _side(scan: Scan, keyed: tuple[tuple[str, float], ...]) -> tuple[float, tuple[Evidence, ...]]:
    """Weighted count of the lines that show each phrase (match keys), with their evidence."""
    total = 0.0
    per_line: dict[int, PhraseHit] = {}
    for key, weight in keyed:
        hits = scan.find(key)
        if not hits:
            continue  # adds nothing (0.0)
        first: dict[int, PhraseHit] = {}
        for hit in hits:
            if hit.line not in first:
                first[hit.line] = hit
        counted = sorted(first)[:MAX_LINES_PER_PHRASE]
        total += weight * len(counted)
        for i in counted:
            if i not in per_line:
                per_line[i] = first[i]
    evidence = tuple(scan.evidence(per_line[i]) for i in sorted(per_line)[:MAX_EVIDENCE])
    return round(total, 2), evidence


def orientation_of(scan: Scan, profiles: ProfileSet) -> Orientation:
    """Label the CV account / sales / mixed / unclear from its signal phrases, with evidence."""
    cfg = profiles.signals.orientation
    account, account_ev = _side(scan, cfg.account_keys)
    sales, sales_ev = _side(scan, cfg.sales_keys)
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

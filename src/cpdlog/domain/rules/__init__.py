"""The rules engine: each rule kind a small class that measures one requirement.

Pure: no I/O. :func:`evaluate` turns one profile rule into a :class:`RuleResult` for one
period, given the complete entries that count and what the rule needs to know about the
registration (:class:`RuleContext`). ``domain.progress`` builds the context and the report.
"""

from cpdlog.domain.rules.engine import (
    RULE_CLASSES,
    RuleContext,
    RuleResult,
    evaluate,
    period_index,
    prorated_target,
)

__all__ = [
    "RULE_CLASSES",
    "RuleContext",
    "RuleResult",
    "evaluate",
    "period_index",
    "prorated_target",
]

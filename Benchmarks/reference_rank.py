#!/usr/bin/env python3
"""A plain reference for `ocenka rank --format json`: the standard library only, no caching, no
threads. It reads the workspace files documented in Docs/formats.md and ranks by
Docs/architecture.md, "The rules": the administrative outcome, each quality sheet's total with the zero rule, the
reconciliation (mean, spread, pass/fail against the floor, the chair's consensus scores), the
budget corrections and the ranking per priority with the budget walk. `ocenka-bench run` times it
beside the program; it is the yardstick of issue 14, not a second implementation to trust.

Usage: reference_rank.py WORKSPACE  (prints the ranking as JSON)
"""

import json
import os
import sys
from datetime import datetime
from fractions import Fraction


def hundredths(text):
    """A decimal text ("3", "3.00", "87.5") in hundredths."""
    whole, _, fraction = text.partition(".")
    sign = -1 if whole.startswith("-") else 1
    whole = whole.lstrip("-")
    return sign * (int(whole or "0") * 100 + int((fraction + "00")[:2] or "0"))


def decimal_text(value):
    sign = "-" if value < 0 else ""
    value = abs(value)
    return f"{sign}{value // 100}.{value % 100:02d}"


def moment(text):
    return datetime.fromisoformat(text)


def load(path):
    with open(path, "rb") as file:
        return json.loads(file.read())


def effective_status(sheet, stage, evaluator, returns, cancels):
    """The sheet's status with the chair's returns and cancellations applied."""
    key = (sheet["proposal"], evaluator, stage)
    if key in cancels:
        return "cancelled"
    status = sheet.get("status")
    acknowledged = (sheet.get("statusChange") or {}).get("decision", 0)
    if status == "submitted" and returns.get(key, 0) > acknowledged:
        return "returned"
    return status


def main(root):
    procedure = load(os.path.join(root, "procedure.json"))
    proposals = load(os.path.join(root, "proposals.json"))["proposals"]
    assignments = load(os.path.join(root, "chair", "assignments.json"))
    decisions_file = os.path.join(root, "chair", "decisions.json")
    decisions = load(decisions_file)["decisions"] if os.path.exists(decisions_file) else []

    quality = procedure["quality"]
    floor = hundredths(quality["floor"])
    max_points = hundredths(quality["maxPoints"])
    spread_limit = hundredths(procedure["reconciliation"]["maxSpreadPercentOfMax"]) * max_points // 10_000
    zero_criteria = [rule["criterion"] for rule in quality.get("rules", []) if rule["kind"] == "zeroTotalIfCriterionZero"]
    groups = {group["id"]: [criterion["id"] for criterion in group["criteria"]] for group in quality["groups"]}
    allows_na = {criterion["id"]: criterion.get("allowsNA", False)
                 for group in procedure["admin"]["groups"] for criterion in group["criteria"]}
    deadline = moment(procedure["submissionDeadline"]) if procedure.get("submissionDeadline") else None

    consensus, admission, corrections, returns, cancels = {}, {}, {}, {}, set()
    for decision in sorted(decisions, key=lambda d: d["number"]):
        kind, proposal = decision["kind"], decision["proposal"]
        if kind == "consensusScore":
            consensus[proposal] = hundredths(decision["points"])
        elif kind == "admission":
            admission[proposal] = decision["admitted"]
        elif kind == "budgetCorrection":
            corrections[proposal] = corrections.get(proposal, 0) + hundredths(decision["amount"])
        elif kind == "returnSheet":
            returns[(proposal, decision["evaluator"], decision["stage"])] = decision["number"]
        elif kind == "cancelSheet":
            cancels.add((proposal, decision["evaluator"], decision["stage"]))

    def sheet(evaluator, proposal, stage):
        path = os.path.join(root, "sheets", evaluator, f"{proposal}.{stage}.json")
        return load(path) if os.path.exists(path) else None

    standings = []
    for proposal in proposals:
        pid = proposal["id"]
        status, reasons, score, group_means = None, [], None, {}
        # The administrative outcome.
        outcomes = []
        for evaluator in assignments.get("admin", {}).get(pid, []):
            admin = sheet(evaluator, pid, "admin")
            if admin is None or effective_status(admin, "admin", evaluator, returns, cancels) != "submitted":
                outcomes.append(None)
                continue
            failed = [cid for cid, answer in admin.get("answers", {}).items()
                      if answer["answer"] == "no" or (answer["answer"] == "na" and not allows_na.get(cid, False))]
            outcomes.append(failed)
        if pid in admission:
            admitted = admission[pid]
            if not admitted:
                status, reasons = "notAdmitted", sorted({c for failed in outcomes if failed for c in failed})
        elif not outcomes or any(outcome is None for outcome in outcomes):
            status = "pending"
        elif all(outcome for outcome in outcomes):
            status, reasons = "notAdmitted", sorted({c for failed in outcomes for c in failed})
        elif any(outcome for outcome in outcomes):
            status = "needsDecision"
        # The quality: every sheet's total, then the reconciliation.
        if status is None:
            totals, sums = [], {}
            evaluators = assignments.get("quality", {}).get(pid, [])
            for evaluator in evaluators:
                scored = sheet(evaluator, pid, "quality")
                state = None if scored is None else effective_status(scored, "quality", evaluator, returns, cancels)
                if state == "cancelled":
                    continue
                if state != "submitted":
                    totals.append(None)
                    continue
                points = {cid: hundredths(value["points"]) for cid, value in scored.get("scores", {}).items()
                          if value.get("points") is not None}
                total = sum(points.values())
                if any(points.get(criterion) == 0 for criterion in zero_criteria):
                    total = 0
                totals.append(total)
                for gid, criteria in groups.items():
                    sums[gid] = sums.get(gid, 0) + sum(points.get(c, 0) for c in criteria)
            if pid in consensus:
                score = consensus[pid]
            elif not totals or any(total is None for total in totals):
                status = "pending"
            elif len({total >= floor for total in totals}) > 1 or max(totals) - min(totals) > spread_limit:
                status = "needsDecision"
            else:
                score = (2 * sum(totals) + len(totals)) // (2 * len(totals))
            group_means = {gid: Fraction(value, max(1, len(totals))) for gid, value in sums.items()}
            if score is not None and score < floor:
                status = "belowFloor"
        requested = hundredths(proposal["requested"])
        amount = requested - corrections.get(pid, 0)
        standings.append({"proposal": proposal, "status": status, "reasons": reasons, "score": score, "amount": amount,
                          "groupMeans": group_means})

    # The ranking per priority, with the budget walk.
    ranking = procedure["ranking"]
    policy = ranking.get("budgetPolicy", "stopAtFirstThatDoesNotFit")

    def order(standing):
        key = []
        for tie in ranking.get("tieBreak", ["total", "registeredAt"]):
            if tie == "total":
                key.append(-standing["score"])
            elif tie == "registeredAt":
                key.append(moment(standing["proposal"]["registeredAt"]).timestamp())
            elif tie.startswith("group:"):
                key.append(-standing["groupMeans"].get(tie[6:], 0))
        return key + [standing["proposal"]["id"]]

    priorities, unranked, carried = [], [], 0
    for priority in procedure["priorities"]:
        budget = hundredths(priority["budget"]) + carried
        limit = hundredths(priority["maxPerProject"]) if priority.get("maxPerProject") else None
        minimum = hundredths(priority["minPerProject"]) if priority.get("minPerProject") else None
        eligible = []
        for standing in standings:
            if standing["proposal"]["priority"] != priority["id"]:
                continue
            late = deadline is not None and moment(standing["proposal"]["registeredAt"]) > deadline
            if standing["status"] is None and ((limit is not None and standing["amount"] > limit)
                                               or (minimum is not None and standing["amount"] < minimum) or late):
                standing["status"] = "needsDecision"
            if standing["status"] is None:
                eligible.append(standing)
            else:
                unranked.append({"proposal": standing["proposal"]["id"], "status": standing["status"], "reasons": standing["reasons"]})
        left, stopped, rows = budget, False, []
        for rank, standing in enumerate(sorted(eligible, key=order), start=1):
            fits = standing["amount"] <= left and not stopped
            if fits:
                left -= standing["amount"]
            elif policy == "stopAtFirstThatDoesNotFit":
                stopped = True
            rows.append({"rank": rank, "proposal": standing["proposal"]["id"], "score": decimal_text(standing["score"]),
                         "amount": decimal_text(standing["amount"]), "status": "approved" if fits else "reserve"})
        carried = left if ranking.get("reallocateUnused") else 0
        priorities.append({"id": priority["id"], "budget": decimal_text(budget), "allocated": decimal_text(budget - left),
                           "remaining": decimal_text(left), "rows": rows})
    final = not any(item["status"] in ("pending", "needsDecision") for item in unranked)
    json.dump({"procedure": procedure["id"], "final": final, "priorities": priorities, "unranked": unranked},
              sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: reference_rank.py WORKSPACE")
    main(sys.argv[1])

package no.placetrain.domain.agreement;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A commitment an agreement declares: its kind, its deadline as an ISO-8601 period from the
 * kind's anchor event (before the anchor for {@link AnchorEvent#deadlineBeforeAnchor()}), whether
 * the period counts working days (Monday–Friday; days only), and the obligor role (the kind's
 * default unless the agreement names another).
 *
 * @param kind what is committed
 * @param deadline {@code P5D}, {@code P2W}, {@code P1M}, {@code P0D}; never negative
 * @param workingDays whether the deadline counts Monday–Friday only (then days only)
 * @param obligor who owes it; {@code null} means the kind's default
 */
public record CommitmentTemplate(
    CommitmentKind kind, Period deadline, boolean workingDays, ObligorRole obligor) {

  /** Days per month and per year when deadlines of different units are compared. */
  static final int DAYS_PER_MONTH = 30;

  /** @throws InvalidAgreementException naming {@code kind}, {@code deadline} */
  public CommitmentTemplate {
    Rules.require(kind != null, "kind", "is required");
    Rules.require(deadline != null, "deadline", "is required (an ISO-8601 period such as P5D)");
    Rules.require(!deadline.isNegative(), "deadline", "must not be negative");
    Rules.require(!workingDays || (deadline.getYears() == 0 && deadline.getMonths() == 0),
        "deadline", "working days count days only (e.g. P5D)");
    obligor = obligor == null ? kind.obligor() : obligor;
  }

  /** A calendar-day template with the kind's default obligor. */
  public static CommitmentTemplate of(CommitmentKind kind, Period deadline) {
    return new CommitmentTemplate(kind, deadline, false, null);
  }

  /** A working-day template with the kind's default obligor. */
  public static CommitmentTemplate ofWorkingDays(CommitmentKind kind, int days) {
    return new CommitmentTemplate(kind, Period.ofDays(days), true, null);
  }

  /** Whether the agreement names an obligor other than the kind's default. */
  public boolean obligorOverridden() {
    return obligor != kind.obligor();
  }

  /** Whether the deadline lies before the anchor (practice starts / ends). */
  public boolean beforeAnchor() {
    return kind.anchor().deadlineBeforeAnchor();
  }

  /**
   * The due instant of a commitment anchored at {@code anchorAt}. Calendar periods are added in
   * {@code zone} (the local time of day stays, across daylight-saving changes); working days skip
   * Saturday and Sunday. "Before" anchors count back.
   */
  public Instant dueAt(Instant anchorAt, ZoneId zone) {
    ZonedDateTime anchor = anchorAt.atZone(zone);
    int direction = beforeAnchor() ? -1 : 1;
    if (workingDays) {
      return anchor.with(WorkingDays.step(anchor.toLocalDate(), deadline.getDays(), direction))
          .toInstant();
    }
    return (direction > 0 ? anchor.plus(deadline) : anchor.minus(deadline)).toInstant();
  }

  /**
   * The deadline's length in calendar days for comparison: 1 month = 30 days, 1 year = 12 months;
   * working days count × 7/5.
   */
  public double comparableDays() {
    double days = (deadline.getYears() * 12.0 + deadline.getMonths()) * DAYS_PER_MONTH
        + deadline.getDays();
    return workingDays ? days * 7 / 5 : days;
  }

  /**
   * Whether this deadline is at least as strict as {@code other}'s: not longer after the anchor,
   * or not nearer to it before the anchor.
   */
  public boolean atLeastAsStrictAs(CommitmentTemplate other) {
    double mine = comparableDays();
    double theirs = other.comparableDays();
    return beforeAnchor() ? mine >= theirs : mine <= theirs;
  }

  /** The deadline as written, e.g. {@code P5D} or {@code P5D working days}. */
  public String describeDeadline() {
    return deadline + (workingDays ? " working days" : "");
  }
}

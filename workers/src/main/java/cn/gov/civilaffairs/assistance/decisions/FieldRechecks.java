package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 特困 county field re-checks with a guaranteed minimum share per county and calendar month (DOMAIN.md: "random field
 * re-checks of >= 30% of cases"; the share is {@code tekun.recheckShare}).
 *
 * <p>The rule: the n-th 特困 case of a county in a month (counted when it reaches the selection step) is selected
 * when the cases selected before it number fewer than ⌈share × n⌉; otherwise it is drawn with probability share by a
 * keyed hash of its case number (unpredictable without the secret salt). So after every case the month's selected
 * count is at least ⌈share × cases⌉, i.e. selected / cases ≥ share at every point of the month, not only at its end:
 * if it held after n − 1 cases, ⌈share × n⌉ exceeds ⌈share × (n − 1)⌉ by at most one (share ≤ 1), and that one case is
 * then selected. The cases beyond the minimum stay random; which case the minimum takes is predictable only to
 * someone who knows the county's running count. The share is the one in force on the day of the case: raised within a
 * month, the next cases are selected until the month reaches the new share.
 *
 * <p>Concurrency: the county-month row is locked while a case is decided (one transaction with the job's
 * completion); the decision is kept per case, so a job delivered again answers what was decided and counts nothing.
 */
@Service
public class FieldRechecks {

  private static final int SCALE = 10_000;

  /** How one case was decided. */
  public enum Reason {
    MINIMUM, DRAWN, NOT_DRAWN
  }

  /** The decision of one case and the county-month's counts after it. */
  public record Selection(String caseNumber, String districtCode, YearMonth month, int position, boolean selected,
      Reason reason, BigDecimal minimumShare, int cases, int selectedCases) {}

  /** What the county sees: cases that reached the selection step this month, selected, the share reached. */
  public record MonthShare(String districtCode, String districtName, String month, int cases, int selected,
      BigDecimal shareReached, BigDecimal minimumShare, int minimumSelected, boolean minimumMet) {}

  private final JdbcTemplate jdbc;
  private final PolicyParameters parameters;
  private final Jurisdictions jurisdictions;
  private final DataScope scope;
  private final Clock clock;
  private final ZoneId zone;
  private final String salt;

  FieldRechecks(JdbcTemplate jdbc, PolicyParameters parameters, Jurisdictions jurisdictions, DataScope scope,
      Clock clock, @Value("${app.zone}") ZoneId zone, @Value("${app.decisions.recheck-salt:}") String salt) {
    this.jdbc = jdbc;
    this.parameters = parameters;
    this.jurisdictions = jurisdictions;
    this.scope = scope;
    this.clock = clock;
    this.zone = zone;
    this.salt = salt;
  }

  /**
   * Decides whether the 特困 case {@code caseNumber} of street {@code streetCode}, reaching the selection step on
   * {@code day}, is re-checked in the field by its county; a second call for the same case answers the first decision.
   */
  @Transactional
  public Selection select(String caseNumber, String streetCode, LocalDate day) {
    Optional<Selection> known = decided(caseNumber);
    if (known.isPresent()) {
      return known.get();
    }
    String district = jurisdictions.ancestorAt(streetCode, JurisdictionLevel.DISTRICT).map(Jurisdiction::code)
        .orElseThrow(() -> new IllegalStateException("Street " + streetCode + " has no district"));
    YearMonth month = YearMonth.from(day);
    Date first = Date.valueOf(month.atDay(1));
    jdbc.update("insert into field_recheck_months (district_code, month) values (?, ?) on conflict do nothing",
        district, first);
    int[] counts = jdbc.queryForObject("select cases, selected from field_recheck_months"
        + " where district_code = ? and month = ? for update", (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)},
        district, first);
    // A delivery of the same job that waited for the lock finds what the first one decided.
    known = decided(caseNumber);
    if (known.isPresent()) {
      return known.get();
    }
    BigDecimal share = parameters.snapshot(district, day).tekunRecheckShare();
    int position = counts[0] + 1;
    Reason reason = counts[1] < minimumSelected(share, position) ? Reason.MINIMUM
        : drawn(caseNumber, share) ? Reason.DRAWN : Reason.NOT_DRAWN;
    boolean selected = reason != Reason.NOT_DRAWN;
    jdbc.update("update field_recheck_months set cases = cases + 1, selected = selected + ?"
        + " where district_code = ? and month = ?", selected ? 1 : 0, district, first);
    jdbc.update("""
        insert into field_recheck_selections (case_number, district_code, month, position, selected, reason,
            minimum_share, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", caseNumber, district, first, position,
        selected, reason.name(), share, Timestamp.from(clock.instant()));
    return new Selection(caseNumber, district, month, position, selected, reason, share, position,
        counts[1] + (selected ? 1 : 0));
  }

  /**
   * The share of {@code month} in county {@code districtCode}, against the minimum in force on the month's last day
   * (today for the current month, its first day for a month still to come).
   *
   * @throws ApiException 404 {@code JURISDICTION_NOT_FOUND} for a code that is no district or outside the caller's
   *     jurisdiction
   */
  @Transactional(readOnly = true)
  public MonthShare share(String districtCode, YearMonth month) {
    Jurisdiction district = jurisdictions.find(districtCode)
        .filter(j -> j.level() == JurisdictionLevel.DISTRICT && scope.covers(j.code()))
        .orElseThrow(() -> ApiException.notFound("JURISDICTION_NOT_FOUND", districtCode));
    List<int[]> rows = jdbc.query("select cases, selected from field_recheck_months where district_code = ?"
        + " and month = ?", (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, district.code(),
        Date.valueOf(month.atDay(1)));
    int cases = rows.isEmpty() ? 0 : rows.get(0)[0];
    int selected = rows.isEmpty() ? 0 : rows.get(0)[1];
    LocalDate today = LocalDate.now(clock.withZone(zone));
    YearMonth current = YearMonth.from(today);
    LocalDate day = month.isBefore(current) ? month.atEndOfMonth() : month.equals(current) ? today
        : month.atDay(1);
    BigDecimal minimum = parameters.snapshot(district.code(), day).tekunRecheckShare();
    int minimumSelected = minimumSelected(minimum, cases);
    BigDecimal reached = cases == 0 ? null
        : BigDecimal.valueOf(selected).divide(BigDecimal.valueOf(cases), 4, RoundingMode.HALF_UP);
    return new MonthShare(district.code(), district.name(), month.toString(), cases, selected, reached, minimum,
        minimumSelected, selected >= minimumSelected);
  }

  /** ⌈share × cases⌉: the fewest selected cases that keep the share at or above the minimum. */
  static int minimumSelected(BigDecimal share, int cases) {
    return share.multiply(BigDecimal.valueOf(cases)).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  boolean drawn(String caseNumber, BigDecimal share) {
    String digest = Digests.sha256((salt + "|" + caseNumber).getBytes(StandardCharsets.UTF_8));
    long bucket = Long.parseLong(digest.substring(0, 12), 16) % SCALE;
    return bucket < share.multiply(BigDecimal.valueOf(SCALE)).longValue();
  }

  private Optional<Selection> decided(String caseNumber) {
    return jdbc.query("""
        select s.*, m.cases, m.selected as month_selected from field_recheck_selections s
        join field_recheck_months m on m.district_code = s.district_code and m.month = s.month
        where s.case_number = ?""", (rs, i) -> new Selection(rs.getString("case_number"),
        rs.getString("district_code"), YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("position"),
        rs.getBoolean("selected"), Reason.valueOf(rs.getString("reason")), rs.getBigDecimal("minimum_share"),
        rs.getInt("cases"), rs.getInt("month_selected")), caseNumber).stream().findFirst();
  }
}

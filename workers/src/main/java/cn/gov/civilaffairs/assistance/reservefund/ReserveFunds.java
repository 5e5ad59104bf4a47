package cn.gov.civilaffairs.assistance.reservefund;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve fund (备用金) of each street. Every change locks the street's fund row first, so two payments racing
 * for the last balance are serialised and the second sees what the first left; a payment is keyed, so a replayed
 * payment job finds its entry and pays nothing more.
 */
@Service
public class ReserveFunds {

  private static final int MAX_REASON = 500;

  private final JdbcTemplate jdbc;
  private final Jurisdictions jurisdictions;
  private final DataScope scope;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;

  ReserveFunds(JdbcTemplate jdbc, Jurisdictions jurisdictions, DataScope scope, AuditLog audit, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public record Balance(String streetCode, String streetName, BigDecimal balance) {}

  public record Entry(long id, String streetCode, String kind, BigDecimal amount, BigDecimal balanceAfter,
      String paymentKey, String caseNumber, String reason, String recordedBy, Instant recordedAt) {}

  /** What a payment did: its ledger entry, and whether it was already paid by an earlier delivery of the job. */
  public record Payment(Entry entry, boolean replayed) {}

  public record Statement(String streetCode, String streetName, YearMonth month, BigDecimal openingBalance,
      List<Entry> entries, BigDecimal toppedUp, BigDecimal paid, BigDecimal closingBalance) {}

  /** The street's balance now (zero for a street whose fund was never topped up); 404 outside the caller's scope. */
  @Transactional(readOnly = true)
  public Balance balance(String streetCode) {
    Jurisdiction street = visibleStreet(streetCode);
    BigDecimal balance = jdbc.query("select balance from reserve_funds where street_code = ?",
        rs -> rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO.setScale(2), streetCode);
    return new Balance(streetCode, street.name(), balance);
  }

  /** The county tops up a street's fund; the reason is required and the change is audited. */
  @Transactional
  public Entry topUp(String streetCode, BigDecimal amount, String reason) {
    visibleStreet(streetCode);
    Violations violations = new Violations();
    checkAmount(amount, violations);
    if (reason == null || reason.isBlank()) {
      violations.add("reason", "REQUIRED");
    } else if (reason.length() > MAX_REASON) {
      violations.add("reason", "SIZE");
    }
    violations.throwIfAny();
    jdbc.update("insert into reserve_funds (street_code, balance, updated_at) values (?, 0, ?) "
        + "on conflict (street_code) do nothing", streetCode, now());
    BigDecimal before = lockedBalance(streetCode).orElseThrow();
    Entry entry = append(streetCode, "TOP_UP", amount, before.add(amount), null, null, reason.strip());
    audit.record(AuditLog.Entry.of("RESERVE_FUND_TOPPED_UP", "reserve_fund", streetCode).in(streetCode)
        .change(new Balance(streetCode, null, before), entry));
    return entry;
  }

  /**
   * Pays an emergency aid from the street's fund. The same {@code paymentKey} pays once: a replay returns the
   * first entry. A payment the balance cannot cover throws {@link ReserveFundInsufficientException} and writes
   * nothing; it leaves the caller's transaction usable, so a job worker can report the refusal in it. For job
   * workers (no data scope of a user applies to them).
   */
  @Transactional(noRollbackFor = ReserveFundInsufficientException.class)
  public Payment pay(String streetCode, String paymentKey, String caseNumber, BigDecimal amount) {
    if (paymentKey == null || paymentKey.isBlank()) {
      throw new IllegalArgumentException("A payment needs a key");
    }
    Violations violations = new Violations();
    checkAmount(amount, violations);
    violations.throwIfAny();
    Optional<BigDecimal> locked = lockedBalance(streetCode);
    Optional<Entry> earlier = jdbc.query("select * from reserve_fund_entries where payment_key = ?",
        ReserveFunds::entry, paymentKey).stream().findFirst();
    if (earlier.isPresent()) {
      return new Payment(earlier.get(), true);
    }
    BigDecimal balance = locked.orElse(BigDecimal.ZERO.setScale(2));
    if (balance.compareTo(amount) < 0) {
      throw new ReserveFundInsufficientException(streetCode, balance, amount);
    }
    Entry entry = append(streetCode, "PAYMENT", amount.negate(), balance.subtract(amount), paymentKey, caseNumber,
        null);
    audit.record(AuditLog.Entry.of("RESERVE_FUND_PAID", "reserve_fund", streetCode).in(streetCode)
        .inCase(caseNumber).change(new Balance(streetCode, null, balance), entry));
    return new Payment(entry, false);
  }

  /** The month's statement: opening balance, every entry of the month in order, closing balance. */
  @Transactional(readOnly = true)
  public Statement statement(String streetCode, YearMonth month) {
    Jurisdiction street = visibleStreet(streetCode);
    Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    BigDecimal opening = jdbc.queryForObject("select coalesce(sum(amount), 0) from reserve_fund_entries "
        + "where street_code = ? and recorded_at < ?", BigDecimal.class, streetCode, from).setScale(2);
    List<Entry> entries = jdbc.query("select * from reserve_fund_entries where street_code = ? "
        + "and recorded_at >= ? and recorded_at < ? order by recorded_at, id", ReserveFunds::entry, streetCode, from,
        to);
    BigDecimal toppedUp = sum(entries, "TOP_UP");
    BigDecimal paid = sum(entries, "PAYMENT").negate();
    return new Statement(streetCode, street.name(), month, opening, entries, toppedUp, paid,
        opening.add(toppedUp).subtract(paid));
  }

  private Jurisdiction visibleStreet(String streetCode) {
    return jurisdictions.findAt(streetCode, JurisdictionLevel.STREET).filter(street -> scope.covers(street.code()))
        .orElseThrow(() -> ApiException.notFound("RESERVE_FUND_NOT_FOUND", streetCode));
  }

  private Optional<BigDecimal> lockedBalance(String streetCode) {
    return jdbc.query("select balance from reserve_funds where street_code = ? for update",
        (rs, row) -> rs.getBigDecimal(1), streetCode).stream().findFirst();
  }

  private Entry append(String streetCode, String kind, BigDecimal amount, BigDecimal balanceAfter,
      String paymentKey, String caseNumber, String reason) {
    Timestamp now = now();
    jdbc.update("update reserve_funds set balance = ?, updated_at = ? where street_code = ?", balanceAfter, now,
        streetCode);
    Long id = jdbc.queryForObject("""
        insert into reserve_fund_entries (street_code, kind, amount, balance_after, payment_key, case_number, reason,
          recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, streetCode, kind,
        amount, balanceAfter, paymentKey, caseNumber, reason, DataScope.actor(), now);
    return jdbc.queryForObject("select * from reserve_fund_entries where id = ?", ReserveFunds::entry, id);
  }

  private static void checkAmount(BigDecimal amount, Violations violations) {
    if (amount == null) {
      violations.add("amount", "REQUIRED");
    } else if (amount.signum() <= 0) {
      violations.add("amount", "AMOUNT_NOT_POSITIVE");
    } else if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
      violations.add("amount", "INVALID_AMOUNT");
    }
  }

  private static BigDecimal sum(List<Entry> entries, String kind) {
    return entries.stream().filter(e -> e.kind().equals(kind)).map(Entry::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getString("street_code"), rs.getString("kind"), rs.getBigDecimal("amount"),
        rs.getBigDecimal("balance_after"), rs.getString("payment_key"), rs.getString("case_number"),
        rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}

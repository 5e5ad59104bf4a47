package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.verification.ExtractImported;
import cn.gov.civilaffairs.assistance.verification.SourceUnavailableException;
import cn.gov.civilaffairs.assistance.verification.VerificationReport;
import cn.gov.civilaffairs.assistance.verification.VerificationReports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reviews a new extract calls for, once it is committed: a member of an enrolled household recorded as deceased by
 * public security (review due within 3 months), and new income or assets above the tolerance for a member of an
 * enrolled household (data-match warning). Households are read from the extract's rows in batches (keyset).
 */
@Component
class ExtractTriggers {

  private static final Logger log = LoggerFactory.getLogger(ExtractTriggers.class);
  static final int DEATH_REVIEW_MONTHS = 3;

  private final PeriodicReviews reviews;
  private final VerificationReports reports;
  private final JdbcTemplate jdbc;

  ExtractTriggers(PeriodicReviews reviews, VerificationReports reports, JdbcTemplate jdbc) {
    this.reviews = reviews;
    this.reports = reports;
    this.jdbc = jdbc;
  }

  @TransactionalEventListener
  void imported(ExtractImported extract) {
    try {
      if ("household-registration".equals(extract.source())) {
        deaths(extract);
      } else {
        dataMatches(extract);
      }
    } catch (RuntimeException e) {
      // The import stands; the daily review run and the next campaign still catch these households.
      log.error("Review triggers of extract {} failed", extract.importId(), e);
    }
  }

  private void deaths(ExtractImported extract) {
    long after = 0;
    List<Long[]> batch;
    while (!(batch = enrolledHouseholds(extract.importId(), "r.category = 'STATUS' and r.kind = 'DECEASED'",
        after)).isEmpty()) {
      for (Long[] household : batch) {
        reviews.startQuietly(household[1], ReviewReason.DEATH, reviews.today().plusMonths(DEATH_REVIEW_MONTHS),
            "公安户籍数据显示家庭成员死亡");
      }
      after = batch.get(batch.size() - 1)[0];
    }
  }

  private void dataMatches(ExtractImported extract) {
    long after = 0;
    List<Long[]> batch;
    while (!(batch = enrolledHouseholds(extract.importId(), "r.category in ('INCOME', 'ASSET')", after))
        .isEmpty()) {
      for (Long[] household : batch) {
        if (newIncomeOrAssets(household[1], reviews.today())) {
          reviews.startQuietly(household[1], ReviewReason.DATA_MATCH, null, "新导入的核对数据显示收入或财产超出容差");
        }
      }
      after = batch.get(batch.size() - 1)[0];
    }
  }

  private boolean newIncomeOrAssets(long householdId, LocalDate asOf) {
    try {
      VerificationReport.Content content = reports.compare(householdId, asOf);
      return content.discrepancies().stream().anyMatch(d -> switch (d.code()) {
        case "INCOME_MISMATCH" -> d.difference() != null && d.difference().compareTo(BigDecimal.ZERO) > 0;
        case "UNDECLARED_ASSET", "ASSET_ABOVE_DECLARED" -> true;
        default -> false;
      });
    } catch (SourceUnavailableException e) {
      // Some source has no extract yet: no data match can be made until it has.
      return false;
    }
  }

  /** Enrolled households with a current member in rows of the import matching {@code condition}: (key, id). */
  private List<Long[]> enrolledHouseholds(long importId, String condition, long after) {
    return jdbc.query("""
        select distinct e.id, e.household_id from verification_records r
          join household_members m on m.resident_id = r.resident_id and m.active
          join enrolments e on e.household_id = m.household_id and e.status in ('ACTIVE', 'GRADUAL_EXIT')
        where r.import_id = ?""" + " and " + condition + " and e.id > ? order by e.id limit ?",
        (rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)}, importId, after, PeriodicReviews.BATCH_SIZE);
  }
}

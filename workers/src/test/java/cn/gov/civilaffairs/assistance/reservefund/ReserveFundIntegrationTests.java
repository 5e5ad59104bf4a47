package cn.gov.civilaffairs.assistance.reservefund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

class ReserveFundIntegrationTests extends IntegrationTest {

  private static final AtomicInteger STREETS = new AtomicInteger(900);
  private static final String APPROVER = "fund.approver.110105";
  private static final String OTHER_APPROVER = "fund.approver.110108";

  @Autowired
  ReserveFunds funds;

  @Autowired
  TransactionTemplate transactions;

  private String street;

  @BeforeEach
  void aStreetOfItsOwn() {
    street = "110105" + STREETS.incrementAndGet();
    jdbc.update("""
        insert into jurisdictions (code, parent_code, level, name, path)
        values (?, '110105', 'STREET', '测试街道', ?)""", street, "110000/110105/" + street + "/");
    ensureUser(APPROVER, "110105", Role.COUNTY_APPROVER);
    ensureUser(OTHER_APPROVER, "110108", Role.COUNTY_APPROVER);
  }

  @Test
  void paysFromATopUpOnceAndKeepsTheBalanceTheSumOfTheLedger() {
    assertThat(topUp(APPROVER, "3000", "首次拨付备用金").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ReserveFunds.Payment first = funds.pay(street, "LS-1:emergency", "LS-1", new BigDecimal("1000"));
    ReserveFunds.Payment replay = funds.pay(street, "LS-1:emergency", "LS-1", new BigDecimal("1000"));

    assertThat(first.replayed()).isFalse();
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.entry().id()).isEqualTo(first.entry().id());
    assertThat(balanceOverHttp()).isEqualByComparingTo("2000");
    assertThat(jdbc.queryForObject("select sum(amount) from reserve_fund_entries where street_code = ?",
        BigDecimal.class, street)).isEqualByComparingTo("2000");
    assertThat(count("select count(*) from audit_events where entity_type = 'reserve_fund' and entity_id = ?",
        street)).isEqualTo(2);
  }

  @Test
  void refusesAPaymentThatWouldOverdrawTheFundAndWritesNothing() {
    topUp(APPROVER, "500", "拨付备用金");

    assertThatThrownBy(() -> funds.pay(street, "LS-2:emergency", "LS-2", new BigDecimal("500.01")))
        .isInstanceOf(ReserveFundInsufficientException.class)
        .hasFieldOrPropertyWithValue("code", "RESERVE_FUND_INSUFFICIENT");

    assertThat(balanceOverHttp()).isEqualByComparingTo("500");
    assertThat(count("select count(*) from reserve_fund_entries where street_code = ?", street)).isEqualTo(1);
    assertThat(funds.pay(street, "LS-2:emergency", "LS-2", new BigDecimal("500")).replayed()).isFalse();
    assertThat(balanceOverHttp()).isEqualByComparingTo("0");
  }

  @Test
  void leavesTheCallersTransactionUsableWhenItRefusesAPayment() {
    topUp(APPROVER, "100", "拨付备用金");

    Boolean refusedAndGoneOn = transactions.execute(tx -> {
      try {
        funds.pay(street, "LS-4:emergency", "LS-4", new BigDecimal("3000"));
        return false;
      } catch (ReserveFundInsufficientException refused) {
        funds.pay(street, "LS-5:emergency", "LS-5", new BigDecimal("60"));
        return true;
      }
    });

    assertThat(refusedAndGoneOn).isTrue();
    assertThat(balanceOverHttp()).isEqualByComparingTo("40");
  }

  @Test
  void letsExactlyOneOfTwoPaymentsRacingForTheLastBalanceSucceed() throws Exception {
    topUp(APPROVER, "1000", "拨付备用金");
    CountDownLatch firstHasPaid = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);

    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
      funds.pay(street, "race-a", "LS-A", new BigDecimal("800"));
      firstHasPaid.countDown();
      waitFor(commitFirst);
      return true;
    }));
    assertThat(firstHasPaid.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
      try {
        return transactions.execute(tx -> funds.pay(street, "race-b", "LS-B", new BigDecimal("800")) != null);
      } catch (ReserveFundInsufficientException refused) {
        return false;
      }
    });
    // The second payment waits for the fund row the first one holds: a real race, decided by the lock.
    await().atMost(Duration.ofSeconds(30)).until(() -> count("""
        select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%reserve_funds%'""")
        == 1);
    commitFirst.countDown();

    assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
        .containsExactly(true, false);
    assertThat(balanceOverHttp()).isEqualByComparingTo("200");
    assertThat(count("select count(*) from reserve_fund_entries where street_code = ? and kind = 'PAYMENT'", street))
        .isEqualTo(1);
  }

  @Test
  void needsAReasonAndAPositiveAmountToTopUpAndHidesOtherDistrictsFunds() {
    ResponseEntity<Map<String, Object>> noReason = topUp(APPROVER, "-5", " ");

    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(noReason)).containsExactlyInAnyOrder("amount", "reason");
    assertThat(topUp(OTHER_APPROVER, "100", "越权拨付").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(balanceOverHttp()).isEqualByComparingTo("0");
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesAMonthlyStatementWithOpeningEntriesAndClosingBalance() {
    topUp(APPROVER, "2000", "拨付备用金");
    funds.pay(street, "LS-3:emergency", "LS-3", new BigDecimal("450.50"));
    YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    Map<String, Object> now = statement(thisMonth.toString()).getBody();
    Map<String, Object> next = statement(thisMonth.plusMonths(1).toString()).getBody();

    assertThat(new BigDecimal(now.get("openingBalance").toString())).isEqualByComparingTo("0");
    assertThat((List<Map<String, Object>>) now.get("entries")).extracting(e -> e.get("kind"))
        .containsExactly("TOP_UP", "PAYMENT");
    assertThat(new BigDecimal(now.get("paid").toString())).isEqualByComparingTo("450.50");
    assertThat(new BigDecimal(now.get("closingBalance").toString())).isEqualByComparingTo("1549.50");
    assertThat(new BigDecimal(next.get("openingBalance").toString())).isEqualByComparingTo("1549.50");
    assertThat((List<Object>) next.get("entries")).isEmpty();
    assertThat(statement("2026-13").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  private ResponseEntity<Map<String, Object>> topUp(String user, String amount, String reason) {
    return as(user).exchange("/api/reserve-funds/" + street + "/top-ups", HttpMethod.POST,
        new HttpEntity<>(Map.of("amount", new BigDecimal(amount), "reason", reason), jsonHeaders()), JSON_OBJECT);
  }

  private BigDecimal balanceOverHttp() {
    return new BigDecimal(as(APPROVER).exchange("/api/reserve-funds/" + street, HttpMethod.GET, null, JSON_OBJECT)
        .getBody().get("balance").toString());
  }

  private ResponseEntity<Map<String, Object>> statement(String month) {
    return as(APPROVER).exchange("/api/reserve-funds/" + street + "/statement?month=" + month, HttpMethod.GET, null,
        JSON_OBJECT);
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

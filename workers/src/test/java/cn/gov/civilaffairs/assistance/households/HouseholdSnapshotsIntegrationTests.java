package cn.gov.civilaffairs.assistance.households;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class HouseholdSnapshotsIntegrationTests extends IntegrationTest {

  @Autowired
  HouseholdSnapshots snapshots;

  @Autowired
  HouseholdRegistry registry;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  @SuppressWarnings("unchecked")
  void readsInOneQueryWhatTheEntityHolds() {
    Map<String, Object> form = aCoupleIn("110108001001");
    ((List<Object>) form.get("incomes")).add(Map.of("kind", "PROPERTY", "periodStart", "2026-01-01",
        "periodEnd", "2026-06-30", "amount", 2400));
    var created = post("/api/households", form);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    long id = ((Number) created.getBody().get("id")).longValue();

    HouseholdSnapshot read = snapshots.require(id);
    HouseholdSnapshot fromEntity = new TransactionTemplate(transactionManager)
        .execute(status -> HouseholdSnapshot.of(registry.require(id)));

    assertThat(read).isEqualTo(fromEntity);
    assertThat(read.communityCode()).isEqualTo("110108001001");
    assertThat(read.members()).extracting(HouseholdSnapshot.Member::relation)
        .containsExactly(Relation.HEAD, Relation.SPOUSE);
    long head = read.members().get(0).id();
    assertThat(read.incomes()).extracting(HouseholdSnapshot.Income::memberId).containsExactly(head, null);
    assertThat(read.incomes().get(0).amount()).isEqualByComparingTo("6000");
    assertThat(read.assets()).singleElement().satisfies(asset -> {
      assertThat(asset.memberId()).isNull();
      assertThat(asset.kind()).isEqualTo(AssetKind.DEPOSIT);
      assertThat(asset.value()).isEqualByComparingTo(new BigDecimal("800"));
    });
    assertThat(read.rigidExpenses()).singleElement()
        .satisfies(expense -> assertThat(expense.memberId()).isEqualTo(read.members().get(1).id()));
  }

  @Test
  void aHouseholdThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> snapshots.require(Long.MAX_VALUE)).isInstanceOf(ApiException.class)
        .hasMessageContaining("HOUSEHOLD_NOT_FOUND");
  }
}

package cn.gov.civilaffairs.assistance.households;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads {@link HouseholdSnapshot}s with one query (household, members and all items), for steps that only read a
 * household: verification and assessment, twice in every review. Plain JDBC, so changes made through JPA in the
 * same transaction and not yet flushed are not seen; those steps change no household.
 */
@Service
public class HouseholdSnapshots {

  private static final String PARTS = """
      select 'M' as part, m.id as item_id, h.community_code, m.name, m.resident_id, m.relation, m.birth_date,
             m.disability_kind, m.disability_grade, m.work_ability, m.illness, m.student_status, m.legal_support,
             m.active, null as member_id, null as kind, null::date as period_start, null::date as period_end,
             null::numeric as amount
        from households h left join household_members m on m.household_id = h.id
       where h.id = ?
      union all
      select 'I', i.id, null, null, null, null, null, null, null, null, null, null, null, null, i.member_id, i.kind,
             i.period_start, i.period_end, i.amount
        from income_items i where i.household_id = ?
      union all
      select 'A', a.id, null, null, null, null, null, null, null, null, null, null, null, null, a.member_id, a.kind,
             null, null, a.value
        from assets a where a.household_id = ?
      union all
      select 'R', r.id, null, null, null, null, null, null, null, null, null, null, null, null, r.member_id, r.kind,
             r.period_start, r.period_end, r.amount
        from rigid_expenses r where r.household_id = ?
      order by part, item_id""";

  private final JdbcTemplate jdbc;
  private final DataScope scope;

  HouseholdSnapshots(JdbcTemplate jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** The household, if the caller's jurisdiction covers it; otherwise it does not exist for them (404). */
  public HouseholdSnapshot require(long householdId) {
    String[] communityCode = {null};
    List<HouseholdSnapshot.Member> members = new ArrayList<>();
    List<HouseholdSnapshot.Income> incomes = new ArrayList<>();
    List<HouseholdSnapshot.Holding> assets = new ArrayList<>();
    List<HouseholdSnapshot.Rigid> rigid = new ArrayList<>();
    jdbc.query(PARTS, row -> {
      switch (row.getString("part")) {
        case "M" -> {
          communityCode[0] = row.getString("community_code");
          if (row.getObject("item_id") != null) {
            members.add(new HouseholdSnapshot.Member(row.getLong("item_id"), row.getString("name"),
                row.getString("resident_id"), Relation.valueOf(row.getString("relation")),
                row.getObject("birth_date", java.time.LocalDate.class),
                valueOf(DisabilityKind.class, row.getString("disability_kind")),
                (Integer) row.getObject("disability_grade"),
                valueOf(WorkAbility.class, row.getString("work_ability")),
                valueOf(Illness.class, row.getString("illness")),
                valueOf(StudentStatus.class, row.getString("student_status")),
                valueOf(LegalSupport.class, row.getString("legal_support")), row.getBoolean("active")));
          }
        }
        case "I" -> incomes.add(new HouseholdSnapshot.Income((Long) row.getObject("member_id"),
            IncomeKind.valueOf(row.getString("kind")), row.getObject("period_start", java.time.LocalDate.class),
            row.getObject("period_end", java.time.LocalDate.class), row.getBigDecimal("amount")));
        case "A" -> assets.add(new HouseholdSnapshot.Holding((Long) row.getObject("member_id"),
            AssetKind.valueOf(row.getString("kind")), row.getBigDecimal("amount")));
        default -> rigid.add(new HouseholdSnapshot.Rigid((Long) row.getObject("member_id"),
            RigidExpenseKind.valueOf(row.getString("kind")), row.getObject("period_start", java.time.LocalDate.class),
            row.getObject("period_end", java.time.LocalDate.class), row.getBigDecimal("amount")));
      }
    }, householdId, householdId, householdId, householdId);
    if (communityCode[0] == null || !scope.covers(communityCode[0])) {
      throw ApiException.notFound("HOUSEHOLD_NOT_FOUND");
    }
    return new HouseholdSnapshot(householdId, communityCode[0], members, incomes, assets, rigid);
  }

  private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}

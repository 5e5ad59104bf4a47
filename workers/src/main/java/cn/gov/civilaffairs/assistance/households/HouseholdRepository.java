package cn.gov.civilaffairs.assistance.households;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long>, JpaSpecificationExecutor<Household> {

  // Members with the household in one query: every reader of a household (the workers first) goes on to them.
  @Query("select h from Household h left join fetch h.members where h.id = ?1")
  java.util.Optional<Household> findWithMembers(Long householdId);

  @Query("select m.household.id from HouseholdMember m where m.residentId = ?1 and m.active = true")
  java.util.Optional<Long> findHouseholdIdOfActiveMember(String residentId);
}

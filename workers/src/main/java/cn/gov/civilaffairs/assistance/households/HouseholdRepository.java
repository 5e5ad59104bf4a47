package cn.gov.civilaffairs.assistance.households;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long>, JpaSpecificationExecutor<Household> {

  @Query("select m.household.id from HouseholdMember m where m.residentId = ?1 and m.active = true")
  java.util.Optional<Long> findHouseholdIdOfActiveMember(String residentId);
}

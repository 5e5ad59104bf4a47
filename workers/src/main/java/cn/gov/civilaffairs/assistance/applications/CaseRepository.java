package cn.gov.civilaffairs.assistance.applications;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<AssistanceCase, Long>, JpaSpecificationExecutor<AssistanceCase> {

  // A string query: Hibernate caches its plan, while a derived (criteria) query is translated on every call.
  @Query("select c from AssistanceCase c where c.caseNumber = :caseNumber")
  Optional<AssistanceCase> findByCaseNumber(@Param("caseNumber") String caseNumber);

  Optional<AssistanceCase> findFirstByHouseholdIdAndCategoryAndStatus(
      Long householdId, Category category, AssistanceCase.Status status);
}

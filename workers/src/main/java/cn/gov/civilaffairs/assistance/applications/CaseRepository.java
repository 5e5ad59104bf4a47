package cn.gov.civilaffairs.assistance.applications;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository extends JpaRepository<AssistanceCase, Long>, JpaSpecificationExecutor<AssistanceCase> {

  Optional<AssistanceCase> findByCaseNumber(String caseNumber);

  Optional<AssistanceCase> findFirstByHouseholdIdAndCategoryAndStatus(
      Long householdId, Category category, AssistanceCase.Status status);
}

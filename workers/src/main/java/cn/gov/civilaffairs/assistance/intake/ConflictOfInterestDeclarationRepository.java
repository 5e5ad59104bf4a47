package cn.gov.civilaffairs.assistance.intake;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictOfInterestDeclarationRepository extends JpaRepository<ConflictOfInterestDeclaration, Long> {

  List<ConflictOfInterestDeclaration> findByActiveTrueAndRelativeResidentIdIn(Collection<String> residentIds);
}

package cn.gov.civilaffairs.assistance.verification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExtractImportRepository extends JpaRepository<ExtractImport, Long>, JpaSpecificationExecutor<ExtractImport> {

  Optional<ExtractImport> findBySourceAndSha256(String source, String sha256);
}

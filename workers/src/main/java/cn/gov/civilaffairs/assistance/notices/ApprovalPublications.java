package cn.gov.civilaffairs.assistance.notices;

import cn.gov.civilaffairs.assistance.identity.DataScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication (公布) of approved households: name, family size, category and monthly amount, nothing else.
 */
@Service
@Transactional
public class ApprovalPublications {

  private final JdbcTemplate jdbc;
  private final DataScope scope;

  ApprovalPublications(JdbcTemplate jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  public record Publication(long id, String caseNumber, String communityCode, String category, String applicantName,
      int familySize, BigDecimal monthlyAmount, LocalDate publishedOn) {}

  /** Publishes an approved case once; a replay changes nothing. */
  public void publish(String caseNumber, String communityCode, String category, String applicantName,
      int familySize, BigDecimal monthlyAmount, LocalDate publishedOn) {
    jdbc.update("""
        insert into approval_publications (case_number, community_code, category, applicant_name, family_size,
          monthly_amount, published_on) values (?, ?, ?, ?, ?, ?, ?) on conflict (case_number) do nothing""",
        caseNumber, communityCode, category, applicantName, familySize, monthlyAmount, Date.valueOf(publishedOn));
  }

  /** The newest publications in the caller's jurisdiction (at most 500). */
  @Transactional(readOnly = true)
  public List<Publication> recent() {
    List<Object> arguments = new ArrayList<>();
    String condition = "";
    Optional<String> prefix = scope.pathPrefix();
    if (prefix.isPresent()) {
      condition = " where community_code in (select code from jurisdictions where path like ?)";
      arguments.add(prefix.get() + "%");
    }
    return jdbc.query("""
        select id, case_number, community_code, category, applicant_name, family_size, monthly_amount, published_on
        from approval_publications""" + condition + " order by published_on desc, id desc limit 500",
        (rs, i) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getInt(6), rs.getBigDecimal(7), rs.getDate(8).toLocalDate()), arguments.toArray());
  }
}

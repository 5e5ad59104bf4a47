package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.PlanViews.Plan;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the automated steps of the agreement process do, keyed by case number (the process's business key) so that a
 * replayed job changes nothing.
 */
@Service
@Transactional
public class AgreementSteps {

  static final String SIGNING_STEP = "UserTask_SignAgreement";

  private final AssistancePlans plans;
  private final AgreementDocuments documents;
  private final PolicyParameters policy;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  AgreementSteps(AssistancePlans plans, AgreementDocuments documents, PolicyParameters policy, JdbcTemplate jdbc,
      ObjectMapper json, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.plans = plans;
    this.documents = documents;
    this.policy = policy;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
  }

  public record GeneratedAgreement(long documentId, int planVersion, String signingDeadline) {}

  /** The agreement of the plan's current version in the household file, and how long the family has to sign. */
  public GeneratedAgreement generate(String caseNumber) {
    Plan plan = planOf(caseNumber);
    long documentId = documents.generate(plan.id()).id();
    int days = policy.snapshot(plan.streetCode(), today()).integer(PolicyCatalogue.AGREEMENT_SIGNING_DAYS);
    return new GeneratedAgreement(documentId, plan.version(), "P" + days + "D");
  }

  /**
   * Records how the current version was signed or why it was refused, from the signing step's form data; the first
   * record of a version stays.
   */
  public void recordSigning(String caseNumber) {
    Plan plan = planOf(caseNumber);
    JsonNode data = signingData(caseNumber);
    jdbc.update("""
        insert into agreement_signings (plan_id, plan_version, case_number, outcome, method, family_signer,
          street_signer, signed_on, refusal_reason, recorded_at, scan_document_id, family_signature_document_id,
          street_signature_document_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (plan_id, plan_version) do nothing""", plan.id(), plan.version(), caseNumber,
        text(data, "signingOutcome"), text(data, "signingMethod"), text(data, "familySigner"),
        text(data, "streetSigner"), date(text(data, "signedOn")), text(data, "refusalReason"),
        Timestamp.from(clock.instant()), id(data, "scanDocumentId"), id(data, "familySignatureDocumentId"),
        id(data, "streetSignatureDocumentId"));
  }

  /** Activates the signed plan; answers how many of its measures go to other departments. */
  public int activate(String caseNumber) {
    Plan plan = planOf(caseNumber);
    plans.activate(plan.id());
    return plans.referrals(plan.id()).size();
  }

  private Plan planOf(String caseNumber) {
    return plans.ofCase(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No assistance plan for case " + caseNumber));
  }

  private JsonNode signingData(String caseNumber) {
    List<String> data = jdbc.queryForList("""
        select data::text from task_completions where case_number = ? and step = ? order by completed_at desc
        limit 1""", String.class, caseNumber, SIGNING_STEP);
    if (data.isEmpty() || data.get(0) == null) {
      throw new IllegalStateException("No signing recorded for case " + caseNumber);
    }
    try {
      return json.readTree(data.get(0));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  private static Long id(JsonNode data, String field) {
    String value = text(data, field);
    return value == null ? null : Long.valueOf(value);
  }

  private static Date date(String value) {
    return value == null ? null : Date.valueOf(LocalDate.parse(value.substring(0, 10)));
  }

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }
}

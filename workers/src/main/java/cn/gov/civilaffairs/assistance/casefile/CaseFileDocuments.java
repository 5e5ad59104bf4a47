package cn.gov.civilaffairs.assistance.casefile;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.documents.ApprovalNotice;
import cn.gov.civilaffairs.assistance.documents.CaseDocuments;
import cn.gov.civilaffairs.assistance.documents.CategoryTitles;
import cn.gov.civilaffairs.assistance.documents.InvestigationRecord;
import cn.gov.civilaffairs.assistance.documents.PublicNotice;
import cn.gov.civilaffairs.assistance.documents.RefusalNotice;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.CaseStep;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.verification.VerificationReport;
import cn.gov.civilaffairs.assistance.verification.VerificationReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the documents of an application's steps into the household file (once per case step; a replay returns
 * the stored document). Public notices carry name, family size and amount only.
 */
@Service
@Transactional
public class CaseFileDocuments {

  /** Where objections to a 公示 go: the national social-assistance hotline. */
  static final String HOTLINE = "12349";

  private final CaseDocuments documents;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final Jurisdictions jurisdictions;
  private final VerificationReports reports;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  CaseFileDocuments(CaseDocuments documents, ApplicationCases cases, HouseholdRegistry households,
      Jurisdictions jurisdictions, VerificationReports reports, JdbcTemplate jdbc, ObjectMapper json, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.documents = documents;
    this.cases = cases;
    this.households = households;
    this.jurisdictions = jurisdictions;
    this.reports = reports;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
  }

  /** The 公示 of one round: the applicant's name, family size and monthly amount, where to object. */
  public HouseholdDocuments.DocumentView publicNotice(String caseNumber, int round, String applicantName,
      int familySize, BigDecimal monthlyAmount, LocalDate from, LocalDate to) {
    AssistanceCase c = cases.require(caseNumber);
    String office = street(c).officeName();
    return documents.generate(new CaseStep(caseNumber, null, "publicNotice-" + round), new PublicNotice(
        "公示〔" + from.getYear() + "〕" + caseNumber + "-" + round, CategoryTitles.of(c.category()), office,
        List.of(new PublicNotice.Listed(applicantName, familySize, monthlyAmount)), from, to,
        office + "社会救助经办窗口", HOTLINE, today()));
  }

  /** The home investigation record, from the investigation form and the second investigator's countersignature. */
  public HouseholdDocuments.DocumentView investigationRecord(String caseNumber) {
    AssistanceCase c = cases.require(caseNumber);
    Household household = households.require(c.householdId());
    Completion investigation = latestCompletion(caseNumber, "UserTask_InvestigateHousehold",
        "UserTask_CountyInvestigateHousehold");
    if (investigation == null) {
      return null;
    }
    JsonNode form = investigation.data();
    List<String> investigators = Arrays.stream(form.path("investigators").asText("").split("[、,，\\s]+"))
        .filter(name -> !name.isBlank()).toList();
    List<InvestigationRecord.Finding> findings = new ArrayList<>();
    findings.add(new InvestigationRecord.Finding("居住状况", livingConditions(form.path("livingConditions").asText())));
    findings.add(new InvestigationRecord.Finding("在场家庭成员", form.path("membersPresent").asText() + " 人"));
    findings.add(new InvestigationRecord.Finding("调查情况", form.path("findings").asText()));
    String visited = form.path("visitDate").asText("");
    // Keyed by the investigation's task: a re-investigation after an objection files a new record.
    return documents.generate(new CaseStep(caseNumber, investigation.taskId(), "investigationRecord"),
        new InvestigationRecord(
        caseNumber, applicant(c, household), household.address(),
        visited.length() >= 10 ? LocalDate.parse(visited.substring(0, 10)) : today(), investigators,
        form.path("familySigned").asBoolean(false) ? applicant(c, household) : null, findings, null));
  }

  /** The verification report of one round as the case file keeps it (IDs masked, sources listed). */
  public HouseholdDocuments.DocumentView verificationReport(String caseNumber, long reportId) {
    AssistanceCase c = cases.require(caseNumber);
    Household household = households.require(c.householdId());
    VerificationReport report = reports.get(reportId);
    List<cn.gov.civilaffairs.assistance.documents.VerificationReport.SourceRow> rows = new ArrayList<>();
    for (VerificationReport.MemberFindings member : report.content().members()) {
      for (VerificationReport.IncomeComparison income : member.incomes()) {
        rows.add(new cn.gov.civilaffairs.assistance.documents.VerificationReport.SourceRow(member.name(),
            String.join("、", income.sources()), "月收入（" + income.kind().name() + "）", income.declaredMonthly(),
            income.foundMonthly()));
      }
    }
    List<String> discrepancies = report.content().discrepancies().stream()
        .map(d -> (d.memberName() == null ? "家庭" : d.memberName()) + "：" + d.code() + " " + d.kind()
            + (d.difference() == null ? "" : "，差额 " + d.difference() + " 元"))
        .toList();
    return documents.generate(new CaseStep(caseNumber, null, "verificationReport-" + report.round()),
        new cn.gov.civilaffairs.assistance.documents.VerificationReport(caseNumber, "HD-" + reportId,
            applicant(c, household), districtName(c) + "居民家庭经济状况核对中心",
            c.acceptedAt().atZone(zone).toLocalDate(), report.createdAt().atZone(zone).toLocalDate(), rows,
            discrepancies, report.passed() ? "核对结果与申报一致" : "核对发现 " + report.discrepancyCount() + " 项差异，已告知申请人"));
  }

  /** The approval notice: amount, start month and review schedule. */
  public HouseholdDocuments.DocumentView approvalNotice(String caseNumber, CaseDecisions.Decision approval,
      LocalDate nextReview, int reviewMonths) {
    AssistanceCase c = cases.require(caseNumber);
    Household household = households.require(c.householdId());
    return documents.generate(new CaseStep(caseNumber, approval.taskId(), "approvalNotice"), new ApprovalNotice(
        "批准〔" + approval.decidedAt().atZone(zone).getYear() + "〕" + caseNumber, caseNumber,
        applicant(c, household), CategoryTitles.of(c.category()), c.acceptedAt().atZone(zone).toLocalDate(),
        household.activeMembers().size(), approval.monthlyBenefit(), YearMonth.from(approval.startMonth()),
        "每 " + reviewMonths + " 个月核查一次", YearMonth.from(nextReview), authority(c, approval),
        approval.decidedAt().atZone(zone).toLocalDate()));
  }

  /** The written refusal with every reason and the remedies. */
  public HouseholdDocuments.DocumentView refusalNotice(String caseNumber, CaseDecisions.Decision refusal) {
    AssistanceCase c = cases.require(caseNumber);
    Household household = households.require(c.householdId());
    String district = districtName(c);
    return documents.generate(new CaseStep(caseNumber, refusal.taskId(), "refusalNotice"), new RefusalNotice(
        "不予〔" + refusal.decidedAt().atZone(zone).getYear() + "〕" + caseNumber, caseNumber,
        applicant(c, household), CategoryTitles.of(c.category()), c.acceptedAt().atZone(zone).toLocalDate(),
        refusal.reasons(), authority(c, refusal), refusal.decidedAt().atZone(zone).toLocalDate(),
        district + "人民政府", district + "人民法院"));
  }

  private String authority(AssistanceCase c, CaseDecisions.Decision decision) {
    return "STREET".equals(decision.level()) ? street(c).officeName() : districtName(c) + "民政局";
  }

  private Jurisdiction street(AssistanceCase c) {
    return jurisdictions.find(c.streetCode()).orElseThrow();
  }

  private String districtName(AssistanceCase c) {
    return jurisdictions.ancestorAt(c.streetCode(), JurisdictionLevel.DISTRICT).map(Jurisdiction::name).orElse("");
  }

  private static String applicant(AssistanceCase c, Household household) {
    return household.nameOf(c.applicantMemberId());
  }

  private static String livingConditions(String code) {
    return switch (code) {
      case "OWNED" -> "自有住房";
      case "RENTED" -> "租住";
      case "LODGING" -> "借住";
      case "NONE" -> "无固定住所";
      default -> code;
    };
  }

  private record Completion(String taskId, JsonNode data) {}

  /** The newest completion of one of the steps (form data as submitted), or null. */
  private Completion latestCompletion(String caseNumber, String... steps) {
    for (String step : steps) {
      List<Completion> found = jdbc.query("""
          select task_id, data::text from task_completions where case_number = ? and step = ?
          order by completed_at desc limit 1""", (rs, i) -> new Completion(rs.getString(1), read(rs.getString(2))),
          caseNumber, step);
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }
}

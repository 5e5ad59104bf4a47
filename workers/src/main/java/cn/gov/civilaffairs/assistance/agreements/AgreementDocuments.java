package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.PlanViews.Plan;
import cn.gov.civilaffairs.assistance.documents.AssistanceAgreement;
import cn.gov.civilaffairs.assistance.documents.CaseDocuments;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.CaseStep;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.DocumentView;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement (脱贫帮扶协议书) of each plan version as PDF in the household file: one document per version, so every
 * version stays in the file; generating a version twice returns the stored one.
 */
@Service
@Transactional
public class AgreementDocuments {

  private static final Map<Relation, String> RELATIONS = Map.of(Relation.HEAD, "户主", Relation.SPOUSE, "配偶",
      Relation.CHILD, "子女", Relation.CHILD_IN_LAW, "儿媳/女婿", Relation.GRANDCHILD, "孙子女", Relation.PARENT, "父母",
      Relation.PARENT_IN_LAW, "公婆/岳父母", Relation.GRANDPARENT, "祖父母/外祖父母", Relation.SIBLING, "兄弟姐妹",
      Relation.OTHER, "其他");

  private final AssistancePlans plans;
  private final MeasureCatalogue catalogue;
  private final CaseDocuments documents;
  private final HouseholdRegistry households;
  private final Jurisdictions jurisdictions;
  private final UserDirectory users;

  AgreementDocuments(AssistancePlans plans, MeasureCatalogue catalogue, CaseDocuments documents,
      HouseholdRegistry households, Jurisdictions jurisdictions, UserDirectory users) {
    this.plans = plans;
    this.catalogue = catalogue;
    this.documents = documents;
    this.households = households;
    this.jurisdictions = jurisdictions;
    this.users = users;
  }

  /** The agreement of the plan's current version, generated and filed the first time. */
  public DocumentView generate(long planId) {
    Plan plan = plans.require(planId);
    return documents.generate(new CaseStep(plan.caseNumber(), null, step(plan.version())), agreementOf(plan));
  }

  /** The name of the case step an agreement version is filed under, e.g. {@code assistanceAgreement-v2}. */
  public static String step(int version) {
    return "assistanceAgreement-v" + version;
  }

  AssistanceAgreement agreementOf(Plan plan) {
    Household household = households.require(plan.householdId());
    String office = jurisdictions.find(plan.streetCode()).map(Jurisdiction::officeName).orElse(plan.streetCode());
    String cadre = plan.cadre() == null ? null
        : users.find(plan.cadre().cadre()).map(AppUser::displayName).orElse(plan.cadre().cadre());
    var members = household.activeMembers().stream()
        .sorted(Comparator.comparing(HouseholdMember::relation))
        .map(m -> new AssistanceAgreement.Member(m.name(), RELATIONS.get(m.relation()))).toList();
    var measures = plan.measures().stream()
        .sorted(Comparator.comparing(PlanViews.Measure::kind))
        .map(m -> new AssistanceAgreement.MeasureLine(catalogue.helpName(m.kind()), m.memberName(), m.measureName(),
            m.departmentName(), m.dueOn())).toList();
    return new AssistanceAgreement("帮扶协议 " + plan.caseNumber() + "-" + plan.version(), plan.caseNumber(),
        plan.version(), office, household.nameOf(null), household.address(), members, plan.goals(), measures, cadre,
        plan.obligations(), plan.reviewOn());
  }
}

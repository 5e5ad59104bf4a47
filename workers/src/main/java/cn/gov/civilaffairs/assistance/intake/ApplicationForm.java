package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.ResidentIdNumber;
import cn.gov.civilaffairs.assistance.tempaid.TemporaryAidDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An application handed in at the unified acceptance window: an existing household ({@code householdId}) or a
 * new one ({@code household}), the applying member, an optional agent, the pledge, the consent and the materials;
 * for temporary aid the request itself ({@code temporaryAid}: type, reason, amount, form of aid), which may also be
 * recorded by the street's first step instead.
 */
public record ApplicationForm(
    @NotNull Category category,
    @NotBlank String streetCode,
    Long householdId,
    @Valid NewHousehold household,
    @NotBlank @ResidentIdNumber String applicantResidentId,
    @Valid AgentForm agent,
    @NotNull Boolean truthPledgeSigned,
    @NotNull Boolean verificationConsent,
    @NotNull List<@NotBlank String> materials,
    TemporaryAidDetails temporaryAid) {

  public ApplicationForm {
    applicantResidentId = applicantResidentId == null ? null : applicantResidentId.trim().toUpperCase();
  }

  /** An application of a category other than temporary aid (or one whose details the street records later). */
  public ApplicationForm(Category category, String streetCode, Long householdId, NewHousehold household,
      String applicantResidentId, AgentForm agent, Boolean truthPledgeSigned, Boolean verificationConsent,
      List<String> materials) {
    this(category, streetCode, householdId, household, applicantResidentId, agent, truthPledgeSigned,
        verificationConsent, materials, null);
  }

  /** An agent applying with written authorisation (委托代理). */
  public record AgentForm(
      @NotBlank @Size(max = 50) String name,
      @NotBlank @ResidentIdNumber String residentId,
      @NotBlank @Size(max = 50) String relation) {}
}

package cn.gov.civilaffairs.assistance.households;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the window records about a member. Cross-field rules (ID vs birth date and sex) live in the registry.
 * {@code legalSupport} may be left out (not recorded yet).
 */
public record MemberDetails(
    @NotBlank @Size(max = 50) String name,
    @NotBlank @ResidentIdNumber String residentId,
    @NotNull Relation relation,
    @NotNull @PastOrPresent LocalDate birthDate,
    @NotNull Sex sex,
    DisabilityKind disabilityKind,
    @Min(1) @Max(4) Integer disabilityGrade,
    @NotNull WorkAbility workAbility,
    @NotNull Illness illness,
    @Size(max = 200) String illnessNote,
    @NotNull EmploymentStatus employmentStatus,
    @NotNull StudentStatus studentStatus,
    LegalSupport legalSupport) {

  public MemberDetails {
    residentId = residentId == null ? null : residentId.trim().toUpperCase();
  }
}

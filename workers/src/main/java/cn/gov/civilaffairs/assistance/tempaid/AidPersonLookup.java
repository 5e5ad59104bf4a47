package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the person asking for temporary aid by the resident ID on their card, city-wide: aid is given where the
 * emergency happens, whatever the registration. Only the exact ID finds anyone, the answer is masked, and every
 * lookup is audited.
 */
@Service
@Transactional
public class AidPersonLookup {

  private final HouseholdRegistry households;
  private final Jurisdictions jurisdictions;
  private final DataScope scope;
  private final AuditLog audit;
  private final Clock clock;

  AidPersonLookup(HouseholdRegistry households, Jurisdictions jurisdictions, DataScope scope, AuditLog audit,
      Clock clock) {
    this.households = households;
    this.jurisdictions = jurisdictions;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who the window found: the household, its registration, and whether that lies outside the clerk's scope. */
  public record Person(long householdId, long memberId, String name, String residentIdMasked, String communityCode,
      String communityName, String streetName, boolean registeredElsewhere) {}

  public Person find(String residentIdOnCard) {
    String residentId = residentIdOnCard == null ? "" : residentIdOnCard.trim().toUpperCase();
    if (residentId.isEmpty()) {
      throw ApiException.invalid(List.of(FieldViolation.of("residentId", "REQUIRED")));
    }
    if (!ResidentIds.isValid(residentId, LocalDate.now(clock))) {
      throw ApiException.invalid(List.of(FieldViolation.of("residentId", "INVALID_RESIDENT_ID")));
    }
    Household household = households.findByActiveMember(residentId)
        .orElseThrow(() -> ApiException.notFound("PERSON_NOT_FOUND"));
    HouseholdMember member = household.activeMemberWithResidentId(residentId).orElseThrow();
    audit.record(AuditLog.Entry.of("TEMPORARY_AID_PERSON_LOOKED_UP", "member", member.id())
        .in(household.communityCode()).change(null, null));
    return new Person(household.id(), member.id(), member.name(), ResidentIds.mask(residentId),
        household.communityCode(), jurisdictions.find(household.communityCode()).map(Jurisdiction::name).orElse(null),
        jurisdictions.ancestorAt(household.communityCode(), JurisdictionLevel.STREET).map(Jurisdiction::name)
            .orElse(null), !scope.covers(household.communityCode()));
  }
}

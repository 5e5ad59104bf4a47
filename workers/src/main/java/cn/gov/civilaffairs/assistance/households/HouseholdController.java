package cn.gov.civilaffairs.assistance.households;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.AssetItem;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.Income;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.Relocation;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.RigidExpenseItem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/households")
class HouseholdController {

  private static final Set<String> SORTABLE = Set.of("id", "address", "communityCode", "updatedAt");

  private final HouseholdRegistry registry;

  HouseholdController(HouseholdRegistry registry) {
    this.registry = registry;
  }

  @GetMapping
  ResponseEntity<List<HouseholdViews.Summary>> list(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, SORTABLE, Sort.by(Sort.Direction.DESC, "id"));
    return ListResponse.of("households", registry.search(query.filter(), query.pageable()));
  }

  @PostMapping
  ResponseEntity<HouseholdViews.Detail> register(@RequestBody NewHousehold form) {
    Household household = registry.register(form, "");
    return ResponseEntity.created(URI.create("/api/households/" + household.id()))
        .body(registry.detail(household.id()));
  }

  @GetMapping("/{id}")
  HouseholdViews.Detail show(@PathVariable long id) {
    return registry.detail(id);
  }

  @PutMapping("/{id}")
  HouseholdViews.Detail relocate(@PathVariable long id, @RequestBody Relocation form) {
    registry.relocate(id, form);
    return registry.detail(id);
  }

  @PostMapping("/{id}/members")
  ResponseEntity<HouseholdViews.Member> addMember(@PathVariable long id, @RequestBody MemberDetails form) {
    HouseholdMember member = registry.addMember(id, form);
    return ResponseEntity.created(URI.create("/api/households/" + id + "/members/" + member.id()))
        .body(HouseholdViews.Member.of(member));
  }

  @PutMapping("/{id}/members/{memberId}")
  HouseholdViews.Member updateMember(
      @PathVariable long id, @PathVariable long memberId, @RequestBody MemberDetails form) {
    return HouseholdViews.Member.of(registry.updateMember(id, memberId, form));
  }

  /** A member moves out (迁出): kept on file, no longer active. */
  @PostMapping("/{id}/members/{memberId}/leave")
  ResponseEntity<Void> leave(@PathVariable long id, @PathVariable long memberId) {
    registry.memberLeaves(id, memberId);
    return ResponseEntity.noContent().build();
  }

  record RevealedResidentId(String residentId) {}

  record RevealedPhone(String phone) {}

  /** The full resident ID of a member (audited). */
  @PostMapping("/{id}/members/{memberId}/reveal")
  RevealedResidentId reveal(@PathVariable long id, @PathVariable long memberId) {
    return new RevealedResidentId(registry.revealResidentId(id, memberId));
  }

  /** The full phone number of the household (audited). */
  @PostMapping("/{id}/reveal-phone")
  RevealedPhone revealPhone(@PathVariable long id) {
    return new RevealedPhone(registry.revealPhone(id));
  }

  @PostMapping("/{id}/incomes")
  ResponseEntity<HouseholdViews.IncomeView> addIncome(@PathVariable long id, @RequestBody Income form) {
    return ResponseEntity.status(201).body(registry.addIncome(id, form));
  }

  @DeleteMapping("/{id}/incomes/{itemId}")
  ResponseEntity<Void> removeIncome(@PathVariable long id, @PathVariable long itemId) {
    registry.removeIncome(id, itemId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/assets")
  ResponseEntity<HouseholdViews.AssetView> addAsset(@PathVariable long id, @RequestBody AssetItem form) {
    return ResponseEntity.status(201).body(registry.addAsset(id, form));
  }

  @DeleteMapping("/{id}/assets/{itemId}")
  ResponseEntity<Void> removeAsset(@PathVariable long id, @PathVariable long itemId) {
    registry.removeAsset(id, itemId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/rigid-expenses")
  ResponseEntity<HouseholdViews.RigidExpenseView> addRigidExpense(
      @PathVariable long id, @RequestBody RigidExpenseItem form) {
    return ResponseEntity.status(201).body(registry.addRigidExpense(id, form));
  }

  @DeleteMapping("/{id}/rigid-expenses/{itemId}")
  ResponseEntity<Void> removeRigidExpense(@PathVariable long id, @PathVariable long itemId) {
    registry.removeRigidExpense(id, itemId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<HouseholdDocuments.DocumentView> upload(
      @PathVariable long id, @RequestParam String kind, @RequestPart MultipartFile file) throws IOException {
    return ResponseEntity.status(201).body(registry.upload(id, kind, file));
  }

  @GetMapping("/{id}/documents/{documentId}/content")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
    HouseholdDocuments.Content content = registry.documentContent(id, documentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }
}

package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/conflict-of-interest-declarations")
class ConflictOfInterestController {

  private final ConflictOfInterestRegister register;

  ConflictOfInterestController(ConflictOfInterestRegister register) {
    this.register = register;
  }

  @GetMapping
  ResponseEntity<List<ConflictOfInterestRegister.DeclarationView>> list(
      @RequestParam(required = false) String sort, @RequestParam(required = false) String range) {
    ListQuery query = ListQuery.parse(sort, range, null, Set.of("id", "declaredAt"), Sort.by("id"));
    return ListResponse.of("conflict-of-interest-declarations", register.list(query.pageable()));
  }

  @PostMapping
  ResponseEntity<ConflictOfInterestRegister.DeclarationView> declare(
      @RequestBody ConflictOfInterestRegister.DeclarationForm form) {
    // No @Valid: the register checks the constraints with the jurisdiction, every problem at once.
    return ResponseEntity.status(201).body(register.declare(form));
  }

  @PostMapping("/{id}/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable long id) {
    register.withdraw(id);
    return ResponseEntity.noContent().build();
  }
}

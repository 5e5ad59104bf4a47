package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {

  private final UserAdministration administration;

  UserController(UserAdministration administration) {
    this.administration = administration;
  }

  record NewPassword(@NotNull String password) {}

  @GetMapping
  ResponseEntity<List<UserAdministration.UserView>> list(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, Set.of("username", "displayName", "createdAt"),
        Sort.by("username"));
    return ListResponse.of("users", administration.search(query.filter(), query.pageable()));
  }

  @PostMapping
  ResponseEntity<UserAdministration.UserView> create(@Valid @RequestBody UserAdministration.NewUser form) {
    UserAdministration.UserView created = administration.create(form);
    return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
  }

  @GetMapping("/{username}")
  UserAdministration.UserView show(@PathVariable String username) {
    return administration.show(username);
  }

  @PutMapping("/{username}")
  UserAdministration.UserView change(@PathVariable String username,
      @Valid @RequestBody UserAdministration.UserChange form) {
    return administration.change(username, form);
  }

  @PostMapping("/{username}/reset-password")
  ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword form) {
    administration.resetPassword(username, form.password());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{username}/lock")
  ResponseEntity<Void> lock(@PathVariable String username) {
    administration.lock(username);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{username}/unlock")
  ResponseEntity<Void> unlock(@PathVariable String username) {
    administration.unlock(username);
    return ResponseEntity.noContent().build();
  }
}

package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

  private final AccountSessions sessions;

  AuthController(AccountSessions sessions) {
    this.sessions = sessions;
  }

  record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}

  record RefreshRequest(@NotBlank String refreshToken) {}

  record PasswordChange(@Size(max = 200) String currentPassword, @Size(max = 200) String newPassword) {}

  @PostMapping("/login")
  AccountSessions.SignedIn login(@Valid @RequestBody Credentials credentials) {
    return sessions.signIn(credentials.username().trim(), credentials.password());
  }

  @PostMapping("/refresh")
  AccountSessions.SignedIn refresh(@Valid @RequestBody RefreshRequest request) {
    return sessions.refresh(request.refreshToken());
  }

  @PostMapping("/logout")
  ResponseEntity<Void> logout() {
    if (SecurityContextHolder.getContext().getAuthentication().getDetails() instanceof Jwt jwt) {
      sessions.signOut(UUID.fromString(jwt.getClaimAsString("sid")));
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/me")
  AccountSessions.UserView me(@AuthenticationPrincipal AppUser user) {
    if (user == null) {
      throw ApiException.notFound("NOT_FOUND");
    }
    return AccountSessions.UserView.of(user, sessions.mustChangePassword(user.username()));
  }

  /** Every user changes their own password; the current one is required. Other sessions end. */
  @PostMapping("/password")
  ResponseEntity<Void> changePassword(@AuthenticationPrincipal AppUser user, @Valid @RequestBody PasswordChange form) {
    if (user == null || !(SecurityContextHolder.getContext().getAuthentication().getDetails() instanceof Jwt jwt)) {
      throw ApiException.notFound("NOT_FOUND");
    }
    sessions.changeOwnPassword(user.username(), UUID.fromString(jwt.getClaimAsString("sid")),
        form.currentPassword(), form.newPassword());
    return ResponseEntity.noContent().build();
  }
}

package cn.gov.civilaffairs.assistance.identity;

import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The jurisdiction subtree the current caller may see. Requests to {@code /api} are always authenticated, so
 * a caller without authentication is the system itself (job workers, start-up loaders), which sees everything.
 * Outside the subtree a record does not exist for the caller: services answer 404, never 403.
 */
@Component
public class DataScope {

  private final Jurisdictions jurisdictions;

  DataScope(Jurisdictions jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  /** The signed-in user, if the caller is one. */
  public static Optional<AppUser> currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** Name recorded as actor: the user's username, or {@code system}. */
  public static String actor() {
    return currentUser().map(AppUser::username).orElse("system");
  }

  /** Path prefix that visible nodes start with, or empty when the caller sees everything. */
  public Optional<String> pathPrefix() {
    return currentUser().map(AppUser::scopePath);
  }

  /**
   * Restricts a query to records whose {@code attribute} (a jurisdiction code) lies in the subtree with this
   * materialised path.
   */
  public static <T> Specification<T> inSubtree(String path, String attribute) {
    return (root, query, cb) -> {
      var codes = query.subquery(String.class);
      var node = codes.from(Jurisdiction.class);
      codes.select(node.get("code")).where(cb.like(node.get("path"), path + "%"));
      return root.get(attribute).in(codes);
    };
  }

  /** Whether the caller may see a record that belongs to {@code jurisdictionCode}. */
  public boolean covers(String jurisdictionCode) {
    Optional<AppUser> user = currentUser();
    if (user.isEmpty()) {
      return true;
    }
    return jurisdictions.find(jurisdictionCode).map(j -> user.get().covers(j.path())).orElse(false);
  }
}

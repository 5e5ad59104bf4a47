package cn.gov.civilaffairs.assistance.identity;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as every capability sees it: who, where (jurisdiction and its path), and which roles.
 */
public record AppUser(String username, String displayName, String jurisdictionCode, String jurisdictionName,
    String jurisdictionPath, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Set<Role> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }

  /** Engine candidate groups of this user: {@code role:jurisdictionCode}. */
  public List<String> candidateGroups() {
    return roles.stream().map(role -> role.code() + ":" + jurisdictionCode).sorted().toList();
  }

  /** Whether a node with this materialised path lies in the user's subtree. */
  public boolean covers(String path) {
    return path != null && path.startsWith(jurisdictionPath);
  }
}

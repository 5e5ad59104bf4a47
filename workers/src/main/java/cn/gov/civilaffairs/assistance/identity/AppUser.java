package cn.gov.civilaffairs.assistance.identity;

import java.util.ArrayList;
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

  /**
   * Engine candidate groups of this user: {@code role:jurisdictionCode} of their own node, plus, for roles that
   * act upward, {@code role:ancestorCode} of each ancestor from the role's {@link Role#actsUpTo() level} down.
   */
  public List<String> candidateGroups() {
    String[] codes = jurisdictionPath.split("/");
    List<String> groups = new ArrayList<>();
    for (Role role : roles) {
      groups.add(role.code() + ":" + jurisdictionCode);
      if (role.actsUpTo() != null) {
        // The path lists one code per level, top down, so a code's index is its level's ordinal.
        for (int level = role.actsUpTo().ordinal(); level < codes.length - 1; level++) {
          groups.add(role.code() + ":" + codes[level]);
        }
      }
    }
    return groups.stream().distinct().sorted().toList();
  }

  /**
   * The path of the subtree whose records the user may see: their own node, widened to the ancestor whose tasks a
   * role of theirs takes from below (a community caseworker working the street's steps needs the street's cases).
   */
  public String scopePath() {
    String[] codes = jurisdictionPath.split("/");
    int top = roles.stream().map(Role::actsUpTo).filter(java.util.Objects::nonNull)
        .mapToInt(JurisdictionLevel::ordinal).min().orElse(codes.length - 1);
    if (top >= codes.length - 1) {
      return jurisdictionPath;
    }
    return String.join("/", java.util.Arrays.copyOf(codes, top + 1)) + "/";
  }

  /** Whether a node with this materialised path lies in the subtree the user may see. */
  public boolean covers(String path) {
    return path != null && path.startsWith(scopePath());
  }
}

package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AppUserTests {

  private static AppUser at(String code, String path, Role... roles) {
    return new AppUser("u", "U", code, "N", path, EnumSet.of(roles[0], roles));
  }

  @Test
  void aCommunityCaseworkerAlsoTakesTheStreetsCaseworkerTasksButNotTheDistricts() {
    AppUser user = at("110105001001", "110000/110105/110105001/110105001001/", Role.CASEWORKER);

    assertThat(user.candidateGroups()).containsExactly("caseworker:110105001", "caseworker:110105001001");
  }

  @Test
  void rolesThatDoNotActUpwardKeepTheirOwnNodeOnly() {
    AppUser user = at("110105001001", "110000/110105/110105001/110105001001/", Role.STREET_REVIEWER,
        Role.GRID_CADRE);

    assertThat(user.candidateGroups()).containsExactly("grid-cadre:110105001001", "street-reviewer:110105001001");
  }

  @Test
  void aStreetUserHasNoAncestorGroups() {
    AppUser user = at("110105001", "110000/110105/110105001/", Role.CASEWORKER, Role.STREET_HEAD);

    assertThat(user.candidateGroups()).containsExactly("caseworker:110105001", "street-head:110105001");
  }

  @Test
  void aCommunityCaseworkerSeesTheWholeStreet() {
    AppUser caseworker = at("110105001001", "110000/110105/110105001/110105001001/", Role.CASEWORKER);

    assertThat(caseworker.scopePath()).isEqualTo("110000/110105/110105001/");
    assertThat(caseworker.covers("110000/110105/110105001/110105001002/")).isTrue();
    assertThat(caseworker.covers("110000/110105/110105002/")).isFalse();
  }

  @Test
  void aCommunityGridCadreSeesOnlyTheCommunity() {
    AppUser reviewer = at("110105001001", "110000/110105/110105001/110105001001/", Role.GRID_CADRE);

    assertThat(reviewer.scopePath()).isEqualTo("110000/110105/110105001/110105001001/");
    assertThat(reviewer.covers("110000/110105/110105001/")).isFalse();
  }
}

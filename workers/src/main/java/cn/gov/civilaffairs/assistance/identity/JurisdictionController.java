package cn.gov.civilaffairs.assistance.identity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JurisdictionController {

  private final Jurisdictions jurisdictions;

  JurisdictionController(Jurisdictions jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  record JurisdictionView(String id, String code, String parentCode, JurisdictionLevel level, String name) {}

  /** The whole tree, parents before children. */
  @GetMapping("/api/jurisdictions")
  List<JurisdictionView> all() {
    return jurisdictions.all().stream()
        .map(j -> new JurisdictionView(j.code(), j.code(), j.parentCode(), j.level(), j.name()))
        .toList();
  }
}

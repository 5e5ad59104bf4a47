package cn.gov.civilaffairs.assistance.notices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoticeController {

  private final PublicNotices notices;
  private final ApprovalPublications publications;

  NoticeController(PublicNotices notices, ApprovalPublications publications) {
    this.notices = notices;
    this.publications = publications;
  }

  /** Approved households as published (公布): name, family size, category, amount. */
  @GetMapping("/api/publications")
  List<ApprovalPublications.Publication> publications() {
    return publications.recent();
  }

  record NewObjection(@Size(max = 50) String objector, @NotBlank @Size(max = 2000) String content) {}

  /** The notice board: 公示 open today in the caller's jurisdiction. */
  @GetMapping("/api/public-notices")
  List<PublicNotices.Notice> board() {
    return notices.openToday();
  }

  @GetMapping("/api/cases/{caseNumber}/public-notices")
  List<PublicNotices.Notice> ofCase(@PathVariable String caseNumber) {
    return notices.ofCase(caseNumber);
  }

  /** An objection registered by a clerk during the notice period; 409 NOTICE_NOT_OPEN outside it. */
  @PostMapping("/api/cases/{caseNumber}/objections")
  ResponseEntity<PublicNotices.Objection> object(@PathVariable String caseNumber,
      @Valid @RequestBody NewObjection objection) {
    return ResponseEntity.status(201)
        .body(notices.registerObjection(caseNumber, objection.objector(), objection.content().trim()));
  }
}

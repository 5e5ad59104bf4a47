package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.ReferralViews.Answer;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.DepartmentOfficer;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.OfficerAssignment;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.Referral;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralController {

  private final ReferralInbox inbox;
  private final DepartmentOfficers officers;

  ReferralController(ReferralInbox inbox, DepartmentOfficers officers) {
    this.inbox = inbox;
    this.officers = officers;
  }

  /** The referral inbox: a department officer's department in their subtree; everyone else's subtree. */
  @GetMapping("/api/agreements/referrals")
  ResponseEntity<List<Referral>> list(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String range, @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, ReferralInbox.SORTABLE.keySet(),
        Sort.by(Sort.Direction.ASC, "dueAt"));
    return ListResponse.of("referrals", inbox.list(query));
  }

  @GetMapping("/api/agreements/referrals/{id}")
  Referral show(@PathVariable long id) {
    return inbox.require(id);
  }

  @PostMapping("/api/agreements/referrals/{id}/feedback")
  Referral answer(@PathVariable long id, @RequestBody Answer answer) {
    return inbox.answer(id, answer);
  }

  @GetMapping("/api/agreements/department-officers/{username}")
  DepartmentOfficer officer(@PathVariable String username) {
    return officers.require(username);
  }

  @PutMapping("/api/agreements/department-officers/{username}")
  DepartmentOfficer assign(@PathVariable String username, @RequestBody OfficerAssignment assignment) {
    return officers.assign(username, assignment);
  }
}

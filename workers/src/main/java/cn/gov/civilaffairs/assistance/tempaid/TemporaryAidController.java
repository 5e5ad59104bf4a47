package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFunds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/temporary-aid")
class TemporaryAidController {

  private final TemporaryAidRequests requests;
  private final TemporaryAidPayments payments;
  private final AidPaymentResolutions resolutions;
  private final TemporaryAidFilings filings;
  private final ApplicationCases cases;
  private final AidPersonLookup people;
  private final TemporaryAidTerms terms;
  private final ReserveFunds funds;
  private final Clock clock;

  TemporaryAidController(TemporaryAidRequests requests, TemporaryAidPayments payments,
      AidPaymentResolutions resolutions, TemporaryAidFilings filings, ApplicationCases cases, AidPersonLookup people,
      TemporaryAidTerms terms, ReserveFunds funds, Clock clock) {
    this.resolutions = resolutions;
    this.terms = terms;
    this.funds = funds;
    this.clock = clock;
    this.requests = requests;
    this.payments = payments;
    this.filings = filings;
    this.cases = cases;
    this.people = people;
  }

  /**
   * A case's temporary aid: the request, the street's limits in force now and its reserve fund's balance (what the
   * street head weighs), what was approved and paid (instalments and payments, each with its payee), and the ways
   * out of a failed payment (the payee now, who could be paid instead, changes of payee, the closure).
   */
  record CaseAid(TemporaryAidRequests.Request request, TemporaryAidTerms.Limits limits, BigDecimal fundBalance,
      TemporaryAidPayments.Account account, AidPaymentResolutions.Resolution resolution) {}

  @GetMapping("/cases/{caseNumber}")
  CaseAid caseAid(@PathVariable String caseNumber) {
    String street = cases.require(caseNumber).streetCode();
    return new CaseAid(requests.find(caseNumber).orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND")),
        terms.limitsFor(street, clock.instant()), funds.balance(street).balance(), payments.account(caseNumber),
        resolutions.of(caseNumber));
  }

  @PostMapping("/cases/{caseNumber}/instalments/{stage}/payment")
  TemporaryAidPayments.Payment payInstalment(@PathVariable String caseNumber, @PathVariable int stage) {
    return payments.payInstalment(caseNumber, stage);
  }

  record Lookup(String residentId) {}

  /** Finds the person asking for aid by their resident ID, city-wide (see {@link AidPersonLookup}). */
  @PostMapping("/person-lookup")
  AidPersonLookup.Person lookUp(@RequestBody Lookup lookup) {
    return people.find(lookup.residentId());
  }

  @GetMapping("/filings")
  ResponseEntity<List<TemporaryAidFilings.Filing>> filings(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String range, @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, TemporaryAidFilings.SORTABLE,
        Sort.by(Sort.Direction.DESC, "filedAt"));
    return ListResponse.of("filings", filings.search(query.filter(), query.pageable()));
  }

  @GetMapping("/filings/{id}")
  TemporaryAidFilings.Filing filing(@PathVariable long id) {
    return filings.require(id);
  }

  /** The summary table of the filings of the filter, as an XLSX workbook. */
  @GetMapping("/filings/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(null, null, filter, TemporaryAidFilings.SORTABLE, Sort.unsorted());
    byte[] workbook = FilingWorkbook.of(filings.all(query.filter()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("temporary-aid-filings.xlsx").build().toString())
        .body(workbook);
  }

  record Review(String remark, String query, String answer) {}

  @PostMapping("/filings/{id}/accept")
  TemporaryAidFilings.Filing accept(@AuthenticationPrincipal AppUser user, @PathVariable long id,
      @RequestBody(required = false) Review review) {
    return filings.accept(user, id, review == null ? null : review.remark());
  }

  @PostMapping("/filings/{id}/query")
  TemporaryAidFilings.Filing query(@AuthenticationPrincipal AppUser user, @PathVariable long id,
      @RequestBody Review review) {
    return filings.query(user, id, review.query());
  }

  @PostMapping("/filings/{id}/answer")
  TemporaryAidFilings.Filing answer(@AuthenticationPrincipal AppUser user, @PathVariable long id,
      @RequestBody Review review) {
    return filings.answer(user, id, review.answer());
  }
}

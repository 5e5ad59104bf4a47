package cn.gov.civilaffairs.assistance.agreements;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class VisitController {

  private final CadreVisits visits;

  VisitController(CadreVisits visits) {
    this.visits = visits;
  }

  /** Logs a cadre's visit: multipart {@code visitedOn}, {@code place}, {@code notes} and any number of {@code photos}. */
  @PostMapping(path = "/api/agreements/households/{householdId}/visits",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  CadreVisits.Visit log(@PathVariable long householdId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
      @RequestParam(required = false) String place, @RequestParam(required = false) String notes,
      @RequestParam(required = false) List<MultipartFile> photos) throws IOException {
    return visits.log(householdId, new CadreVisits.NewVisit(visitedOn, place, notes), photos);
  }

  @GetMapping("/api/agreements/households/{householdId}/visits")
  CadreVisits.VisitLog of(@PathVariable long householdId) {
    return visits.of(householdId);
  }
}

package cn.gov.civilaffairs.assistance.agreements;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasureCatalogueController {

  private final MeasureCatalogue measures;

  MeasureCatalogueController(MeasureCatalogue measures) {
    this.measures = measures;
  }

  @GetMapping("/api/agreements/measure-catalogue")
  MeasureCatalogue.Catalogue catalogue() {
    return measures.catalogue();
  }
}

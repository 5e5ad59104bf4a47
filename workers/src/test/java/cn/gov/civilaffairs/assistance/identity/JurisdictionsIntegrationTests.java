package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.review.ReviewFixtures;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jurisdiction look-ups kept in memory: a code not found yet is found once it has been added. */
class JurisdictionsIntegrationTests extends IntegrationTest {

  @Autowired
  Jurisdictions jurisdictions;

  @Test
  void findsAStreetAddedAfterAnEarlierLookUpMissedIt() {
    String street = "110105097";
    assertThat(jurisdictions.find(street)).isEmpty();

    ReviewFixtures.aStreet(jdbc, street);

    assertThat(jurisdictions.find(street)).get().extracting(Jurisdiction::level).isEqualTo(JurisdictionLevel.STREET);
    assertThat(jurisdictions.ancestorAt(street + "001", JurisdictionLevel.DISTRICT)).get()
        .extracting(Jurisdiction::code).isEqualTo("110105");
    assertThat(jurisdictions.find(street)).get().isSameAs(jurisdictions.find(street).get());
  }
}

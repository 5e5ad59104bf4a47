package cn.gov.civilaffairs.assistance.policy;

/** A deadline reaches into a year whose holiday schedule nobody has entered. */
public class CalendarYearMissingException extends RuntimeException {

  private final int year;

  public CalendarYearMissingException(int year) {
    super("The working-day calendar has no schedule for " + year + "; an administrator must enter it");
    this.year = year;
  }

  public int year() {
    return year;
  }
}

package no.placetrain.domain;

/** The fields of an {@link Agreement}, with the key under which configuration names them. */
public enum AgreementField {
  ID("id"),
  NAME("name"),
  EMPLOYER("employer"),
  NAV_OFFICES("nav-offices"),
  BROKER("broker"),
  SELECTION("selection"),
  PRACTICE_MIN_MONTHS("practice-min-months"),
  PRACTICE_MAX_MONTHS("practice-max-months"),
  JOB_GUARANTEE_PERIOD("job-guarantee-period");

  private final String key;

  AgreementField(String key) {
    this.key = key;
  }

  /** The configuration key, e.g. {@code practice-min-months}. */
  public String key() {
    return key;
  }
}

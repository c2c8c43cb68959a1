package no.placetrain.process;

/** The candidate groups of the models (see docs/models.md, "Roles"). */
public final class Groups {

  /** NAV caseworker at the referring NAV office. */
  public static final String NAV_CASEWORKER = "nav-caseworker";
  /** NAV key account manager for the employer. */
  public static final String KAM = "kam";
  /** The employer's contact person. */
  public static final String EMPLOYER_CONTACT = "employer-contact";
  /** The mentor at the workplace. */
  public static final String MENTOR = "mentor";
  /** Staff of the broker organisation. */
  public static final String BROKER_STAFF = "broker-staff";
  /** The NAV office's lead: escalation level OFFICE_LEAD. */
  public static final String NAV_OFFICE_LEAD = "nav-office-lead";
  /** Owner of a framework agreement (regional coordinator): escalation level FRAMEWORK_OWNER. */
  public static final String FRAMEWORK_OWNER = "framework-owner";
  /** Edits and deploys models. */
  public static final String PROCESS_OWNER = "process-owner";
  /** Administrators. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private Groups() {}
}

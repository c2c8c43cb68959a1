package no.placetrain.domain.agreement;

/**
 * A group of the engine's identity service that the models offer tasks to (docs/access.md,
 * "Groups"): created, when missing, of type {@value #TYPE}.
 *
 * @param id the group id, {@code [a-z0-9-]}, at most {@value PartyGroups#MAX_ID_LENGTH} characters
 * @param name the group's name in Norwegian, e.g. {@code NAV-veiledere, NAV Drammen}
 */
public record WorkflowGroup(String id, String name) {

  /** The type of every group the models use. */
  public static final String TYPE = "WORKFLOW";

  /** @throws IllegalArgumentException when the id breaks the rule or the name is blank */
  public WorkflowGroup {
    if (id == null || !id.matches("[a-z0-9-]{1," + PartyGroups.MAX_ID_LENGTH + "}")) {
      throw new IllegalArgumentException("group id must be [a-z0-9-], at most "
          + PartyGroups.MAX_ID_LENGTH + " characters: " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("group " + id + " needs a name");
    }
  }
}

package no.placetrain.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo groups and users created at start when {@code placetrain.demo.enabled} is true. The admin
 * user comes from Camunda's own {@code camunda.bpm.admin-user} properties. The groups the models
 * use come from the agreements (docs/access.md): {@code groups} lists only extra ones; the named
 * {@code users} join the agreements' groups, and {@code party-users} adds one user per party of
 * the catalogue ({@link DemoPartyUsers}).
 */
@ConfigurationProperties("placetrain.demo")
public class DemoProperties {

  /** Create the demo groups, users and Tasklist filters at start. */
  private boolean enabled = true;

  /** Password of every demo user (not of the admin). */
  private String password = "demo";

  /** Extra groups (the parties' groups are created from the agreements). */
  private List<Group> groups = new ArrayList<>();

  /**
   * One demo user per party of the catalogue's agreements (a caseworker and a KAM per NAV office,
   * a contact and a mentor per employer, a staff member per broker), so every agreement can be
   * run in Tasklist.
   */
  private boolean partyUsers = true;

  private List<User> users = new ArrayList<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<Group> getGroups() {
    return groups;
  }

  public void setGroups(List<Group> groups) {
    this.groups = groups;
  }

  public boolean isPartyUsers() {
    return partyUsers;
  }

  public void setPartyUsers(boolean partyUsers) {
    this.partyUsers = partyUsers;
  }

  public List<User> getUsers() {
    return users;
  }

  public void setUsers(List<User> users) {
    this.users = users;
  }

  /** A group: id (the candidate group in the models) and display name. */
  public record Group(String id, String name) {}

  /** A user with the groups it belongs to. */
  public record User(String id, String firstName, String lastName, String email, List<String> groups) {}
}

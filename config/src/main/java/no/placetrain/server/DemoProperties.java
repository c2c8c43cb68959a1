package no.placetrain.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo groups and users created at start when {@code placetrain.demo.enabled} is true. The admin
 * user comes from Camunda's own {@code camunda.bpm.admin-user} properties.
 */
@ConfigurationProperties("placetrain.demo")
public class DemoProperties {

  /** Create the demo groups, users and Tasklist filters at start. */
  private boolean enabled = true;

  /** Password of every demo user (not of the admin). */
  private String password = "demo";

  private List<Group> groups = new ArrayList<>();

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

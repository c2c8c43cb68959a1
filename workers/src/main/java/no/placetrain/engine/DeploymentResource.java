package no.placetrain.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * One resource of the Place &amp; Train deployment.
 *
 * @param name name in the deployment, e.g. {@code placetrain/processes/place-and-train.bpmn}
 * @param bytes the content
 */
public record DeploymentResource(String name, byte[] bytes) {

  /** Copies the content so the resource stays immutable. */
  public DeploymentResource {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeploymentResource that
        && name.equals(that.name) && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}

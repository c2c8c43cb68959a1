package no.placetrain.engine.forms;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the deployed form a submission must satisfy, the way Tasklist finds it (bindings
 * {@code deployment}, {@code latest} and {@code version}, without authorization checks), and
 * keeps the parsed {@link FormSchema} per (deployment, form key): deployments never change.
 * Must be called inside a running engine command.
 */
final class DeployedForms {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedForms.class);
  static final int MAX_CACHED = 256;

  private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

  /**
   * @param processDeploymentId deployment of the process definition (for binding {@code deployment})
   * @return the form's rules, or empty (debug log) if no such form is deployed or it is unreadable
   */
  Optional<FormSchema> find(String formKey, String binding, Integer version, String processDeploymentId) {
    if (formKey == null) {
      return Optional.empty();
    }
    if (DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(binding)) {
      FormSchema cached = cache.get(cacheKey(processDeploymentId, formKey));
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    CommandContext commandContext = Context.getCommandContext();
    CamundaFormRefImpl ref = new CamundaFormRefImpl(formKey, binding);
    ref.setVersion(version);
    CamundaFormDefinition definition;
    try {
      definition = commandContext.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, processDeploymentId));
    } catch (ProcessEngineException e) {
      LOG.debug("Form '{}' (binding {}) could not be resolved: not checked on the server. {}", formKey, binding,
          e.getMessage());
      return Optional.empty();
    }
    if (definition == null) {
      LOG.debug("No deployed form '{}' (binding {}, deployment {}): not checked on the server",
          formKey, binding, processDeploymentId);
      return Optional.empty();
    }
    String key = cacheKey(definition.getDeploymentId(), formKey);
    FormSchema schema = cache.get(key);
    if (schema == null) {
      schema = load(commandContext, definition);
      if (schema == null) {
        return Optional.empty();
      }
      put(key, schema);
    }
    return Optional.of(schema);
  }

  private static FormSchema load(CommandContext commandContext, CamundaFormDefinition definition) {
    ResourceEntity resource = commandContext.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    if (resource == null || resource.getBytes() == null) {
      LOG.debug("Form resource '{}' of deployment {} not found: not checked on the server",
          definition.getResourceName(), definition.getDeploymentId());
      return null;
    }
    try {
      return FormSchema.parse(resource.getBytes());
    } catch (IllegalArgumentException e) {
      LOG.warn("Form resource '{}' of deployment {} is not a readable form: not checked on the server",
          definition.getResourceName(), definition.getDeploymentId());
      return null;
    }
  }

  private void put(String key, FormSchema schema) {
    if (cache.size() >= MAX_CACHED) {
      Iterator<String> oldest = cache.keySet().iterator(); // arbitrary victim: good enough for a bound
      if (oldest.hasNext()) {
        cache.remove(oldest.next());
      }
    }
    cache.put(key, schema);
  }

  private static String cacheKey(String deploymentId, String formKey) {
    return deploymentId + '\n' + formKey;
  }
}

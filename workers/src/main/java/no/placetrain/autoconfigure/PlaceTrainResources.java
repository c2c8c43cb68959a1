package no.placetrain.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.placetrain.engine.DeploymentResource;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds our models ({@code classpath*:placetrain/processes/*.bpmn|*.dmn}) and forms
 * ({@code classpath*:placetrain/forms/*.form}) and reads them as name + bytes, named
 * {@code placetrain/processes/<file>} / {@code placetrain/forms/<file>} wherever they were found
 * (jar or directory). When two class path entries hold the same file name, the first wins.
 */
final class PlaceTrainResources {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceTrainResources.class);
  private static final List<String> PATTERNS = List.of(
      PlaceTrainEnginePlugin.PROCESSES_FOLDER + "*.bpmn",
      PlaceTrainEnginePlugin.PROCESSES_FOLDER + "*.dmn",
      PlaceTrainEnginePlugin.FORMS_FOLDER + "*.form");

  private PlaceTrainResources() {}

  static List<DeploymentResource> load(ClassLoader classLoader) {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
    Map<String, DeploymentResource> byName = new LinkedHashMap<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
      for (Resource resource : resolve(resolver, "classpath*:" + pattern)) {
        String name = folder + resource.getFilename();
        if (byName.containsKey(name)) {
          LOG.warn("{} found more than once on the class path; deploying the first", name);
        } else {
          byName.put(name, new DeploymentResource(name, read(resource)));
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static Resource[] resolve(ResourcePatternResolver resolver, String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve " + pattern, e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}

package no.placetrain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.InvalidAgreementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the programme catalogue: one YAML file per agreement at the configured locations
 * ({@code placetrain.catalogue.locations}, default {@value #DEFAULT_LOCATION}). Checks each file
 * (the domain's rules), ids unique across files, and every LOCAL with a parent against its
 * FRAMEWORK of the catalogue (tightening only). The first finding stops with an
 * {@link InvalidCatalogueException} {@code <file>: <field>: <reason>}. When two locations hold a
 * file of the same name, the first wins; a location that does not exist holds no files (with a
 * warning).
 */
public final class CatalogueLoader {

  /** Where the catalogue files are by default. */
  public static final String DEFAULT_LOCATION = "classpath*:placetrain/programmes/*.yaml";

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueLoader.class);

  private final ResourcePatternResolver resolver;
  private final List<String> locations;
  private final DocumentCodec codec = new DocumentCodec();

  /**
   * @param resolver resolves the location patterns
   * @param locations Spring resource patterns, e.g. {@code classpath*:placetrain/programmes/*.yaml}
   *     or {@code file:/etc/placetrain/programmes/*.yaml}
   */
  public CatalogueLoader(ResourcePatternResolver resolver, List<String> locations) {
    this.resolver = resolver;
    this.locations = List.copyOf(locations);
  }

  /**
   * @return the valid catalogue, frameworks first
   * @throws InvalidCatalogueException for the first invalid file
   */
  public Catalogue read() {
    Map<String, Agreement> byFile = new LinkedHashMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    for (Map.Entry<String, Resource> file : files().entrySet()) {
      Agreement agreement = parse(file.getKey(), file.getValue());
      String earlier = fileOfId.putIfAbsent(agreement.id(), file.getKey());
      if (earlier != null) {
        throw new InvalidCatalogueException(file.getKey(), "id", "is already used by " + earlier);
      }
      byFile.put(file.getKey(), agreement);
    }
    List<CatalogueEntry> ordered = new ArrayList<>();
    byFile.forEach((file, a) -> ordered.add(new CatalogueEntry(file, a)));
    ordered.sort(Comparator.comparing((CatalogueEntry e) -> e.agreement().kind() != AgreementKind.FRAMEWORK));
    Catalogue catalogue = new Catalogue(ordered);
    ordered.forEach(entry -> checkParent(entry, catalogue));
    if (ordered.isEmpty()) {
      LOG.warn("The programme catalogue at {} is empty: only agreements already stored or "
          + "created through the API take referrals", locations);
    }
    return catalogue;
  }

  private Map<String, Resource> files() {
    Map<String, Resource> byName = new TreeMap<>();
    for (String location : locations) {
      for (Resource resource : resolve(location)) {
        String name = resource.getFilename();
        if (name != null && byName.putIfAbsent(name, resource) != null) {
          LOG.warn("Catalogue file {} found more than once; using the first", name);
        }
      }
    }
    return byName;
  }

  private Resource[] resolve(String location) {
    try {
      return resolver.getResources(location);
    } catch (java.io.FileNotFoundException e) {
      LOG.warn("Catalogue location {} does not exist; it holds no agreements", location);
      return new Resource[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the catalogue location " + location, e);
    }
  }

  private Agreement parse(String file, Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return AgreementDocuments.toAgreement(codec.readYaml(in));
    } catch (InvalidAgreementException e) {
      throw InvalidCatalogueException.in(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the catalogue file " + file, e);
    }
  }

  private static void checkParent(CatalogueEntry entry, Catalogue catalogue) {
    Agreement local = entry.agreement();
    if (!local.hasParent()) {
      return;
    }
    Agreement parent = catalogue.find(local.parentId())
        .filter(p -> p.kind() == AgreementKind.FRAMEWORK)
        .orElseThrow(() -> new InvalidCatalogueException(entry.file(), "parent",
            "names no FRAMEWORK agreement of the catalogue"));
    try {
      local.requireWithin(parent);
    } catch (InvalidAgreementException e) {
      throw InvalidCatalogueException.in(entry.file(), e);
    }
  }
}

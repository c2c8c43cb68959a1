package no.placetrain.autoconfigure;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.catalogue.CatalogueLoader;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration under {@code placetrain.*}: where the programme catalogue is and the time zone.
 *
 * <pre>
 * placetrain:
 *   zone: Europe/Oslo
 *   catalogue:
 *     locations: [classpath*:placetrain/programmes/*.yaml, file:/etc/placetrain/programmes/*.yaml]
 * </pre>
 */
@ConfigurationProperties("placetrain")
public class PlaceTrainProperties {

  /** Time zone of calendar dates (practice end, guarantee deadline, due dates, "today"). */
  private ZoneId zone = ZoneId.of("Europe/Oslo");

  /** The programme catalogue. */
  private final Catalogue catalogue = new Catalogue();

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public Catalogue getCatalogue() {
    return catalogue;
  }

  /** {@code placetrain.catalogue.*}. */
  public static class Catalogue {

    /**
     * Spring resource patterns of the catalogue's YAML files, one agreement per file (see
     * docs/agreements.md); loaded at start and upserted into PT_AGREEMENT.
     */
    private List<String> locations = new ArrayList<>(List.of(CatalogueLoader.DEFAULT_LOCATION));

    public List<String> getLocations() {
      return locations;
    }

    public void setLocations(List<String> locations) {
      this.locations = locations;
    }
  }
}

package no.placetrain.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.Broker;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.service.AgreementService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Demo users for every party of the agreements stored at start (docs/access.md, "Demo users"), so
 * that every agreement of the catalogue can be run in Tasklist: per NAV office a caseworker and a
 * key account manager ({@code <office without nav->.caseworker}, {@code .kam}: {@code
 * drammen.caseworker}), per employer a contact and a mentor ({@code <employer>.contact},
 * {@code .mentor}: {@code kiwi.contact}), per broker a staff member ({@code <broker>.staff}:
 * {@code fretex.staff}), each in the party's group, with the demo password. Runs when the
 * singletons are ready: the catalogue and its groups were made when the engine was built. A user
 * that exists is left as it is; a missing membership is added. Off with
 * {@code placetrain.demo.party-users=false}. Under the startup lock
 * ({@link no.placetrain.autoconfigure.StartupGuard}) like {@link DemoData}.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(prefix = "placetrain.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DemoPartyUsers implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPartyUsers.class);

  private final DemoProperties properties;
  private final ProcessEngine engine;
  private final AgreementService agreements;

  public DemoPartyUsers(DemoProperties properties, ProcessEngine engine, AgreementService agreements) {
    this.properties = properties;
    this.engine = engine;
    this.agreements = agreements;
  }

  /** A demo user of one party: id, names and the party's group. */
  record PartyUser(String id, String firstName, String lastName, String group) {}

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.isPartyUsers()) {
      return;
    }
    List<PartyUser> users = usersOf(agreements.list());
    int created = create(engine.getIdentityService(), users);
    LOG.info("Demo users of the agreements' parties: {} ({} created)", users.size(), created);
  }

  /** The users of every party of {@code agreements}, each once, in the agreements' order. */
  static List<PartyUser> usersOf(List<Agreement> agreements) {
    Map<String, PartyUser> byId = new LinkedHashMap<>();
    for (Agreement agreement : agreements) {
      for (NavOffice office : agreement.offices()) {
        String prefix = office.id().startsWith("nav-") ? office.id().substring(4) : office.id();
        add(byId, new PartyUser(prefix + ".caseworker", "Veileder", office.name(),
            PartyGroups.caseworkersOf(office.id())));
        add(byId, new PartyUser(prefix + ".kam", "Markedskontakt", office.name(),
            PartyGroups.kamsOf(office.id())));
      }
      Employer employer = agreement.employer();
      add(byId, new PartyUser(employer.key() + ".contact", "Kontaktperson", employer.name(),
          PartyGroups.employerOf(employer)));
      add(byId, new PartyUser(employer.key() + ".mentor", "Fadder", employer.name(),
          PartyGroups.mentorsOf(employer)));
      Broker broker = agreement.broker();
      if (broker != null) {
        add(byId, new PartyUser(broker.key() + ".staff", "Formidler", broker.name(),
            PartyGroups.brokerOf(broker)));
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static void add(Map<String, PartyUser> byId, PartyUser user) {
    byId.putIfAbsent(user.id(), user);
  }

  private int create(IdentityService identity, List<PartyUser> users) {
    int created = 0;
    for (PartyUser user : users) {
      if (identity.createUserQuery().userId(user.id()).count() == 0) {
        var entity = identity.newUser(user.id());
        entity.setFirstName(user.firstName());
        entity.setLastName(user.lastName());
        entity.setPassword(properties.getPassword());
        identity.saveUser(entity);
        created++;
      }
      if (identity.createGroupQuery().groupId(user.group()).count() > 0
          && identity.createUserQuery().userId(user.id()).memberOfGroup(user.group()).count() == 0) {
        identity.createMembership(user.id(), user.group());
      }
    }
    return created;
  }
}

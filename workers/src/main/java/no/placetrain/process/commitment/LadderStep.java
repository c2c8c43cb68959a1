package no.placetrain.process.commitment;

import no.placetrain.domain.agreement.EscalationRole;

/**
 * One climb of the escalation ladder: the level reached and what {@code Decision_EscalationLadder}
 * says about it.
 *
 * @param level the level reached, 1-based
 * @param role who the commitment is escalated to
 * @param group the candidate group of the level's follow-up task
 * @param levelWait ISO-8601 duration the level lasts (the output {@code escalationWait})
 * @param lastLevel whether escalating further records the commitment BREACHED
 */
public record LadderStep(int level, EscalationRole role, String group, String levelWait,
    boolean lastLevel) {}

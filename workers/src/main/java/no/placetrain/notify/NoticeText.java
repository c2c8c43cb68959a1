package no.placetrain.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import no.placetrain.domain.agreement.CommitmentKind;

/**
 * The Norwegian subject and body of a notice: the participation id, what happened, the commitment
 * (its code and what it means), the due date and a link to Tasklist — nothing about the
 * candidate, whose name the recipients see in Tasklist only.
 */
public class NoticeText {

  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern(
      "dd.MM.yyyy 'kl.' HH:mm");
  private static final Map<CommitmentKind, String> COMMITMENTS = new EnumMap<>(Map.of(
      CommitmentKind.SCREEN_REFERRAL, "kartlegge den henviste kandidaten",
      CommitmentKind.ANSWER_PRESENTATION, "svare på presentasjonen av kandidaten",
      CommitmentKind.ASSIGN_MENTOR, "oppnevne fadder før praksisen starter",
      CommitmentKind.HOLD_CHECKPOINT, "holde oppfølgingsmøtet i praksisen",
      CommitmentKind.RESOLVE_PERSONAL_MATTERS, "følge opp personlige forhold",
      CommitmentKind.DECIDE_END_OF_PRACTICE, "avgjøre utfallet før praksisen slutter",
      CommitmentKind.DELIVER_GUARANTEE_OFFER, "levere et relevant jobbtilbud (jobbgaranti)"));

  private final String tasklistUrl;
  private final ZoneId zone;

  /**
   * @param tasklistUrl where the recipients find their tasks
   * @param zone the time zone of the due dates shown
   */
  public NoticeText(String tasklistUrl, ZoneId zone) {
    if (tasklistUrl == null || tasklistUrl.isBlank()) {
      throw new IllegalArgumentException("placetrain.notify.tasklist-url is required");
    }
    this.tasklistUrl = tasklistUrl;
    this.zone = zone;
  }

  /** The subject line. */
  public String subject(Notice notice) {
    return switch (notice.kind()) {
      case REMINDER -> "Påminnelse: forfalt forpliktelse i deltakelse " + notice.participationId();
      case ESCALATED -> "Eskalert til nivå " + notice.number() + ": forpliktelse i deltakelse "
          + notice.participationId();
      case CHECKPOINT_DUE -> "Oppfølgingsmøte " + notice.number() + " skal holdes: deltakelse "
          + notice.participationId();
    };
  }

  /** The plain-text body. */
  public String body(Notice notice) {
    StringBuilder body = new StringBuilder("Hei,\n\n");
    body.append(switch (notice.kind()) {
      case REMINDER -> "en forpliktelse som gruppen deres har i Place & Train-deltakelse "
          + notice.participationId() + ", har passert fristen.";
      case ESCALATED -> "en forfalt forpliktelse i Place & Train-deltakelse "
          + notice.participationId() + " er eskalert til nivå " + notice.number()
          + ", og gruppen deres skal følge den opp.";
      case CHECKPOINT_DUE -> "oppfølgingsmøte nr. " + notice.number()
          + " i praksisen for Place & Train-deltakelse " + notice.participationId()
          + " skal nå holdes.";
    }).append("\n\n");
    body.append("Deltakelse: ").append(notice.participationId()).append('\n');
    body.append("Varsel: ").append(kindText(notice.kind())).append(" (")
        .append(notice.kind().name()).append(")\n");
    if (notice.commitmentKind() != null) {
      body.append("Forpliktelse: ").append(COMMITMENTS.get(notice.commitmentKind())).append(" (")
          .append(notice.commitmentKind().name()).append(")\n");
    }
    if (notice.dueAt() != null) {
      body.append("Frist: ").append(DAY_AND_TIME.format(notice.dueAt().atZone(zone)))
          .append('\n');
    }
    body.append("\nOppgaven finner dere i Tasklist: ").append(tasklistUrl).append("\n\n");
    body.append("Meldingen er sendt automatisk av Place & Train til gruppen ")
        .append(notice.recipientGroup())
        .append(". Den inneholder ingen opplysninger om kandidaten; dem ser dere i Tasklist.\n");
    return body.toString();
  }

  private static String kindText(NoticeKind kind) {
    return switch (kind) {
      case REMINDER -> "påminnelse om forfalt forpliktelse";
      case ESCALATED -> "eskalering";
      case CHECKPOINT_DUE -> "oppfølgingsmøte skal holdes";
    };
  }
}

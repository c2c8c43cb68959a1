package no.placetrain.forms;

import java.util.ArrayList;
import java.util.List;

/** Which input fields of a form no expression of the process that shows it reads. */
final class FieldUsage {

  private FieldUsage() {}

  /**
   * @param model name of the BPMN file that references the form (for the message)
   * @return one message per unread field, naming the form and the key; empty when all are read
   */
  static List<String> unreadFields(CamundaForm form, String model, ProcessReads reads) {
    List<String> problems = new ArrayList<>();
    for (String key : form.inputKeys()) {
      if (!reads.reads(key)) {
        problems.add("form " + form.id() + ": field '" + key + "' is read by no expression of "
            + model + " (no condition, input parameter, timer, candidate expression,"
            + " call-activity input or DMN input mentions it)");
      }
    }
    return problems;
  }
}

package no.placetrain.domain.agreement;

/** Life cycle of an agreement: {@code DRAFT → ACTIVE → ENDED | CANCELLED} (the latter with a reason). */
public enum AgreementStatus {
  DRAFT,
  ACTIVE,
  ENDED,
  CANCELLED
}

import { readServerError } from "@yibao/ui";

/** The facts a refused card request carries beyond its code (see the API's DomainError data). */
export interface CardFailure {
  domainCode: string;
  /** PHOTO_REJECTED: the photo rule that failed, and the photo's size when it could be read. */
  photoCode: string | null;
  photo: { width: number; height: number; bytes: number } | null;
  /** APPLICATION_ALREADY_OPEN: where the open application stands. */
  openApplication: { reference: string; status: string } | null;
  /** ACTION_NOT_ALLOWED: which rule said no (CARD_ALREADY_ISSUED, NO_ACTIVE_CARD…). */
  reason: string | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

export function readCardFailure(error: unknown): CardFailure {
  const facts = readServerError(error);
  const data = record(record(error)?.data);
  const photo = record(data?.photo);
  const open = record(data?.openApplication);
  return {
    domainCode: facts.domainCode,
    photoCode:
      facts.domainCode === "PHOTO_REJECTED"
        ? (facts.issues.find((issue) => issue.path[0] === "photo")?.code ?? null)
        : null,
    photo:
      photo && typeof photo.width === "number" && typeof photo.height === "number"
        ? { width: photo.width, height: photo.height, bytes: Number(photo.bytes) || 0 }
        : null,
    openApplication:
      open && typeof open.reference === "string" && typeof open.status === "string"
        ? { reference: open.reference, status: open.status }
        : null,
    reason: typeof data?.reason === "string" ? data.reason : null,
  };
}

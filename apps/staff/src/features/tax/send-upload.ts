/** What POST /uploads answers: the id the procedures that read files take. */
export interface SentUpload {
  uploadId: string;
  bytes: number;
  sha256: string;
}

/** A refusal of POST /uploads, in the shape a refused procedure has, so the same words apply. */
class UploadRefused extends Error {
  constructor(readonly data: unknown) {
    super("upload refused");
  }
}

/**
 * Sends a file the officer chose to POST /uploads as its bytes (its name URL-encoded in
 * `X-File-Name`), as the signed-in staff member. The server judges what the file is from its
 * bytes; a refusal is thrown with the server's `domainCode` for `failureMessage` to word.
 */
export async function sendUpload(file: File): Promise<SentUpload> {
  const response = await fetch("/uploads", {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/octet-stream",
      "X-File-Name": encodeURIComponent(file.name),
      // A browser may hold an employer's agent's session too: this file is the staff member's.
      "X-Yibao-Actor": "STAFF",
    },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new UploadRefused((body as { error?: { data?: unknown } } | null)?.error?.data ?? null);
  }
  return body as SentUpload;
}

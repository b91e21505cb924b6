/** What POST /uploads answers for a file it kept. */
export interface SentUpload {
  uploadId: string;
  bytes: number;
  sha256: string;
}

/**
 * Sends a file's bytes to POST /uploads as the signed-in agent (the employer issue's interface:
 * octet-stream, the name URL-encoded in `X-File-Name`). A refusal is thrown in the shape of a
 * refused procedure (`{ data: { domainCode, … } }`), so that the same words explain it.
 */
export async function sendUpload(file: File): Promise<SentUpload> {
  const response = await fetch("/uploads", {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/octet-stream",
      "X-File-Name": encodeURIComponent(file.name),
      // A browser may hold a staff session too: the file is the agent's.
      "X-Yibao-Actor": "EMPLOYER",
    },
    body: file,
  });
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return answer as SentUpload;
  const refused =
    typeof answer === "object" && answer !== null && "error" in answer ? answer.error : null;
  throw refused ?? new Error(`POST /uploads answered ${response.status}`);
}

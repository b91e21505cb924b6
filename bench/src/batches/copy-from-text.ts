import type pg from "pg";

// What pg's connection does that its types do not declare: the COPY sub-protocol's messages.
type CopyConnection = pg.Connection & {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
};

/** Text for `COPY … FROM STDIN` (text format): one line a row, tab-separated, `\N` for null. */
export function copyText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const field = (value: string | number | null) =>
    value === null
      ? "\\N"
      : String(value)
          .replaceAll("\\", "\\\\")
          .replaceAll("\t", "\\t")
          .replaceAll("\n", "\\n")
          .replaceAll("\r", "\\r");
  return rows.map((row) => `${row.map(field).join("\t")}\n`).join("");
}

/**
 * Runs `COPY … FROM STDIN` on `client` with `text` as the data, in one chunk: a submittable query
 * (pg's own extension point, the one pg-copy-streams uses) that sends the statement, answers the
 * server's CopyInResponse with the data and CopyDone, and settles when the server is ready again.
 * Answers the rows copied.
 */
export function copyFromText(client: pg.Client, statement: string, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let copied = 0;
    let failure: Error | undefined;
    const ignore = () => {};
    const submittable = {
      submit(connection: pg.Connection) {
        connection.query(statement);
      },
      handleCopyInResponse(connection: CopyConnection) {
        connection.sendCopyFromChunk(Buffer.from(text, "utf8"));
        connection.endCopyFrom();
      },
      handleCommandComplete(message: { text: string }) {
        copied = Number(message.text.split(" ")[1] ?? 0);
      },
      handleError(error: Error) {
        failure = error;
        reject(error);
      },
      handleReadyForQuery() {
        if (!failure) resolve(copied);
      },
      handleRowDescription: ignore,
      handleDataRow: ignore,
      handleEmptyQuery: ignore,
      handlePortalSuspended: ignore,
      handleCopyData: ignore,
    };
    client.query(submittable);
  });
}

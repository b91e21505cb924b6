import { spreadsheetSafeText } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "./record-audit-event";
import { type AuditFilter, findAuditEntries } from "./search-audit-trail";

const exportLimit = 10_000;

/** A CSV cell a spreadsheet will not run (`spreadsheetSafeText`), quoted when it must be. */
export function spreadsheetCell(value: string): string {
  const safe = spreadsheetSafeText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The matching entries (up to 10,000) as CSV, UTF-8 with a BOM so that Excel reads Chinese. */
export async function exportAuditTrail(
  ctx: ServiceContext<StaffActor>,
  input: AuditFilter,
): Promise<{ fileName: string; csv: string }> {
  const lines = [
    [
      "seq",
      "at",
      "actorKind",
      "actor",
      "actorRole",
      "action",
      "subjectName",
      "subjectResidentId",
      "result",
      "clientAddress",
      "reason",
      "detail",
    ].join(","),
  ];
  let cursor: number | undefined;
  let count = 0;
  do {
    const page = await findAuditEntries(ctx, input, { cursor, limit: 1000 });
    for (const entry of page.items) {
      lines.push(
        [
          String(entry.seq),
          entry.at,
          entry.actorKind,
          entry.actor ?? "",
          entry.actorRole ?? "",
          entry.action,
          entry.subject?.name ?? "",
          entry.subject?.maskedResidentId ?? "",
          entry.result,
          entry.clientAddress ?? "",
          entry.reason ?? "",
          entry.detail ? JSON.stringify(entry.detail) : "",
        ]
          .map(spreadsheetCell)
          .join(","),
      );
      count += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && count < exportLimit);
  await recordActorEvent(ctx.prisma, ctx, {
    action: "audit.exported",
    subjectPersonId: null,
    detail: { rows: count, byPerson: Boolean(input.residentId), action: input.action ?? null },
  });
  const day = new Date(ctx.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { fileName: `audit-${day}.csv`, csv: `\uFEFF${lines.join("\r\n")}\r\n` };
}

import type { Database } from "@yibao/db";

/** The text messages queued for `phone`, newest first, opened: what the phone would receive. */
export async function readOutbox(database: Pick<Database, "prisma" | "protector">, phone: string) {
  const rows = await database.prisma.outboundMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows
    .filter((row) => database.protector.open(row.phoneSealed, "message.phone") === phone)
    .map((row) => ({
      templateId: row.templateId,
      params: JSON.parse(database.protector.open(row.paramsSealed, "message.params")) as Record<
        string,
        string
      >,
      createdAt: row.createdAt,
    }));
}

/** The latest one-time code sent to `phone`. */
export async function latestCodeSentTo(
  database: Pick<Database, "prisma" | "protector">,
  phone: string,
): Promise<string> {
  const message = (await readOutbox(database, phone)).find(
    (row) => row.templateId === "VERIFICATION_CODE",
  );
  if (!message?.params.code) throw new Error("no verification code was sent to that phone");
  return message.params.code;
}

import { createHash } from "node:crypto";
import type { Database } from "@yibao/db";
import { collectionColumnKeys, collectionColumns } from "@yibao/domain";

// Test support: a tax collection file as the tax system sends it, stored as POST /uploads stores
// it (the route has its own tests), sent by the named staff account.

/** One row by column: credit code ("" for an individual), ID, month, yuan amounts, receipt. */
export type CollectionLine = [string, string, string, string, string, string, string];

export function collectionCsv(lines: readonly CollectionLine[]): string {
  const header = collectionColumnKeys.map((key) => collectionColumns[key]).join(",");
  return `${[header, ...lines.map((line) => line.join(","))].join("\r\n")}\r\n`;
}

export async function uploadCollectionFile(
  database: Pick<Database, "prisma" | "protector">,
  username: string,
  content: string | Uint8Array,
  fileName = "征收明细.csv",
): Promise<string> {
  const sender = await database.prisma.staffUser.findUniqueOrThrow({ where: { username } });
  const bytes = Buffer.from(typeof content === "string" ? Buffer.from(content, "utf8") : content);
  const upload = await database.prisma.upload.create({
    data: {
      sha256: createHash("sha256").update(bytes).digest("hex"),
      byteCount: bytes.byteLength,
      bytes: database.protector.sealBytes(bytes, "upload.bytes"),
      fileName,
      uploadedAt: new Date(),
      uploadedByKind: "STAFF",
      uploadedById: sender.id,
    },
  });
  return upload.id;
}

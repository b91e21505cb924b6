import type { ServiceContext, StaffActor } from "../../context";
import { collectionFileNames } from "./collection-file-names";
import { type CollectionView, collectionView } from "./collection-view";

/** The county's collections, the latest checked first (their reports hold no personal data). */
export async function listCollections(
  ctx: ServiceContext<StaffActor>,
  input: { limit?: number | undefined },
): Promise<{ items: CollectionView[] }> {
  const rows = await ctx.prisma.premiumCollection.findMany({
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take: input.limit ?? 50,
  });
  const names = await collectionFileNames(
    ctx,
    rows.map((row) => row.uploadId),
  );
  return { items: rows.map((row) => collectionView(row, names.get(row.uploadId) ?? "")) };
}

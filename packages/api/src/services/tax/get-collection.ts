import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { collectionFileNames } from "./collection-file-names";
import { type CollectionView, collectionView } from "./collection-view";

/** One collection with its report, as checked and, once credited, as credited. */
export async function getCollection(
  ctx: ServiceContext<StaffActor>,
  input: { collectionId: string },
): Promise<CollectionView> {
  const row = await ctx.prisma.premiumCollection.findUnique({ where: { id: input.collectionId } });
  if (!row) throw new DomainError("NOT_FOUND");
  const names = await collectionFileNames(ctx, [row.uploadId]);
  return collectionView(row, names.get(row.uploadId) ?? "");
}

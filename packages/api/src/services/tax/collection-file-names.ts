import type { ServiceContext } from "../../context";

/** The names the senders gave the collections' files (the bytes are not read). */
export async function collectionFileNames(
  ctx: Pick<ServiceContext, "prisma">,
  uploadIds: string[],
) {
  const uploads = await ctx.prisma.upload.findMany({
    where: { id: { in: uploadIds } },
    select: { id: true, fileName: true },
  });
  return new Map(uploads.map((upload) => [upload.id, upload.fileName]));
}

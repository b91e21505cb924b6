import type { EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";

/**
 * A file the signed-in agent sent themself (POST /uploads) for their employer, without its bytes;
 * anyone else's — another agent's, staff's — is NOT_FOUND, as if it did not exist.
 */
export async function findOwnUpload(ctx: ServiceContext<EmployerActor>, uploadId: string) {
  const upload = await ctx.prisma.upload.findUnique({
    where: { id: uploadId },
    select: {
      id: true,
      sha256: true,
      byteCount: true,
      fileName: true,
      uploadedByKind: true,
      uploadedById: true,
      employerId: true,
    },
  });
  if (
    upload?.uploadedByKind !== "EMPLOYER" ||
    upload.uploadedById !== ctx.actor.employerAgentId ||
    upload.employerId !== ctx.actor.employerId
  ) {
    throw new DomainError("NOT_FOUND");
  }
  return upload;
}

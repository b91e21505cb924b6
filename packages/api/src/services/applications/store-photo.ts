import { createHash } from "node:crypto";
import { type PrismaClient, parametersInForceOn } from "@yibao/db";
import {
  type CardPhotoLimits,
  type CountyParameters,
  checkCardPhoto,
  chinaToday,
  defaultCardPhotoLimits,
} from "@yibao/domain";
import { DomainError } from "../../errors";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface CheckedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  sha256: string;
}

/** The photo rule's limits: the pixel size of the card, the file sizes the county's parameters set. */
export function cardPhotoLimitsOf(
  terms: Pick<CountyParameters, "PHOTO_MIN_BYTES" | "PHOTO_MAX_BYTES">,
): CardPhotoLimits {
  return {
    ...defaultCardPhotoLimits,
    minBytes: terms.PHOTO_MIN_BYTES,
    maxBytes: terms.PHOTO_MAX_BYTES,
  };
}

/**
 * A card photo sent as base64 (optionally a `data:image/jpeg;base64,` URL): its type and size
 * checked from the bytes, never a name, against the file-size limits in force today (county
 * parameters); a refusal says exactly why (PHOTO_REJECTED).
 */
export async function checkPhotoUpload(
  ctx: { prisma: Pick<PrismaClient, "countyParameter">; now: Date },
  base64: string,
): Promise<CheckedPhoto> {
  const body = base64.replace(/^data:[^,]*,/, "");
  const bytes = new Uint8Array(Buffer.from(body, "base64"));
  const terms = await parametersInForceOn(ctx.prisma, chinaToday(ctx.now));
  const result = checkCardPhoto(bytes, cardPhotoLimitsOf(terms));
  if (!result.ok) {
    throw new DomainError("PHOTO_REJECTED", {
      issues: [{ path: ["photo"], code: result.reason }],
      photo: {
        bytes: bytes.length,
        ...("width" in result ? { width: result.width, height: result.height } : {}),
      },
    });
  }
  return {
    bytes,
    width: result.width,
    height: result.height,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export async function storePhoto(
  tx: TransactionClient,
  photo: CheckedPhoto,
  owner: { personId: string; applicationId: string },
  now: Date,
): Promise<void> {
  await tx.cardPhoto.create({
    data: {
      ...owner,
      sha256: photo.sha256,
      bytes: photo.bytes,
      width: photo.width,
      height: photo.height,
      createdAt: now,
    },
  });
}

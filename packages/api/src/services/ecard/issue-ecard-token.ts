import { randomBytes } from "node:crypto";
import { parametersInForceOn } from "@yibao/db";
import { chinaToday } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { signEcardToken } from "./ecard-token-codec";

/**
 * A fresh e-card QR code for the signed-in insured (医保电子凭证): single-use, valid for the
 * county's ECARD_TOKEN_SECONDS, and nothing in it but a random id the server looks up. The app
 * asks for the next one when the countdown ends.
 */
export async function issueEcardToken(
  ctx: ServiceContext<CitizenActor>,
): Promise<{ token: string; expiresAt: string }> {
  const parameters = await parametersInForceOn(ctx.prisma, chinaToday(ctx.now));
  const id = randomBytes(16).toString("base64url");
  const expiresAt = new Date(ctx.now.getTime() + parameters.ECARD_TOKEN_SECONDS * 1000);
  await ctx.prisma.ecardToken.create({
    data: { id, personId: ctx.actor.personId, issuedAt: ctx.now, expiresAt },
  });
  const token = await signEcardToken(ctx.protector, { id, issuedAt: ctx.now, expiresAt });
  return { token, expiresAt: expiresAt.toISOString() };
}

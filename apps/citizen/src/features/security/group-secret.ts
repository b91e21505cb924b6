/**
 * A base32 secret as it is easiest to type from the screen: upper case, in groups of four
 * (`JBSW Y3DP EHPK 3PXP`). Authenticator apps ignore the spaces.
 */
export function groupSecret(secret: string): string {
  const plain = secret.replace(/[\s=]/g, "").toUpperCase();
  return plain.match(/.{1,4}/g)?.join(" ") ?? "";
}

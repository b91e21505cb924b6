/**
 * A base32 secret in groups of four (`JBSW Y3DP EHPK 3PXP`), as authenticator apps show it and as
 * a person copies it by hand without losing their place. Authenticators ignore the spaces.
 */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, "")
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  );
}

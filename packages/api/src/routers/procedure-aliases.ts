/**
 * Procedure names of the published interface that tRPC cannot hold as router keys (`apply` is
 * reserved: a router is a function's proxy). The server answers the published name over HTTP by
 * the procedure's own key.
 */
export const procedureAliases: Readonly<Record<string, string>> = {
  "citizen.card.apply": "citizen.card.applyOnline",
};

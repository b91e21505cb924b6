/** Where the portal's pages are, under the citizen app. */
export const employerPaths = {
  home: "/employer",
  login: "/employer/login",
  newBatch: "/employer/batches/new",
  cards: "/employer/cards",
  batch: (batchId: string) => `/employer/batches/${batchId}`,
} as const;

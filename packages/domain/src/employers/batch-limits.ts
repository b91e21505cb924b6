/**
 * The bounds of one batch. 10,000 rows is the largest file the employer issue asks to handle (its
 * benchmark); a letter of introduction is a page or two, scanned; a photo zip holds one photo a
 * row of at most a few tens of KB (DOMAIN.md, "Photos"), so its entries and their inflated sizes
 * are bounded before anything is inflated.
 */
export const employerBatchLimits = {
  maxRows: 10_000,
  letterMaxBytes: 5 * 1024 * 1024,
  photoArchiveMaxEntries: 10_100,
  /** Every photo inflated together; an upload is at most 10 MB and JPEGs hardly compress. */
  photoArchiveMaxInflatedBytes: 64 * 1024 * 1024,
} as const;

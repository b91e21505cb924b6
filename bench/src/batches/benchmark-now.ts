/**
 * The moment the batch benchmark lives in, for the seed and for every call: a Wednesday morning in
 * the county, 10:00 in China (the queue benchmark's and the tests' moment).
 */
export const benchmarkNow = new Date("2026-11-25T02:00:00.000Z");

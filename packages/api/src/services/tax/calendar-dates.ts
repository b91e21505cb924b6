/** A China date ('YYYY-MM-DD') as the `@db.Date` column holds it, and back. */
export const dbDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
export const isoDateOrNull = (date: Date | null): string | null => (date ? isoDate(date) : null);

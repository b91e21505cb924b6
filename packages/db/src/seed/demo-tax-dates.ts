/** A China date and time of day as the instant it is (the county's clock, UTC+8). */
export const chinaTime = (date: string, time: string) => new Date(`${date}T${time}+08:00`);
/** A China date ('YYYY-MM-DD') as a `@db.Date` column holds it. */
export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

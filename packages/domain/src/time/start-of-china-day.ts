/** The instant a day ('YYYY-MM-DD') begins in China (UTC+8, no daylight saving). */
export function startOfChinaDay(date: string): Date {
  const start = new Date(`${date}T00:00:00+08:00`);
  if (Number.isNaN(start.getTime())) throw new RangeError("startOfChinaDay() needs 'YYYY-MM-DD'");
  return start;
}

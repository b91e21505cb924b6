/** A step of preparation and the milliseconds it took, as `runHeading` lists them. */
export interface Phase {
  name: string;
  ms: number;
}

/** Runs `make`, adds its time to `phases` under `name`, and answers what it made. */
export async function timedPhase<T>(
  phases: Phase[],
  name: string,
  make: () => T | Promise<T>,
): Promise<T> {
  const started = performance.now();
  const made = await make();
  phases.push({ name, ms: performance.now() - started });
  return made;
}

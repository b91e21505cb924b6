import { type ApplicationStatus, closedApplicationStatuses } from "@yibao/domain";

/** One open application per person (DOMAIN.md): whether one of these is still being worked on. */
export function hasOpenApplication(
  applications: readonly { status: ApplicationStatus }[],
): boolean {
  const closed: readonly ApplicationStatus[] = closedApplicationStatuses;
  return applications.some((application) => !closed.includes(application.status));
}

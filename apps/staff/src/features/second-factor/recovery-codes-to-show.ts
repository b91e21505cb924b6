import { skipToken, useQuery } from "@tanstack/react-query";

/**
 * The recovery codes just issued, kept in the query cache (not a page's state) until the person
 * says they saved them: a refreshed session, already past enrolment, must not take the page away
 * from them, and ending the session forgets them with everything else.
 */
export const recoveryCodesKey = ["staff", "secondFactor", "recoveryCodesToShow"] as const;

export function useRecoveryCodesToShow(): readonly string[] | undefined {
  const { data } = useQuery<readonly string[]>({
    queryKey: recoveryCodesKey,
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  return data;
}

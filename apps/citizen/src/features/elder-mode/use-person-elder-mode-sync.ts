import { useEffect, useRef } from "react";
import { trpcClient } from "../../trpc";
import { getElderMode, setElderMode, takeChangeMadeBeforeLogin } from "./elder-mode-store";

/**
 * Once per signed-in session: if the person switched the mode on the login screen, that choice
 * is saved to their account; otherwise their saved preference wins over this device's.
 */
export function usePersonElderModeSync(personElderMode: boolean | null): void {
  const synced = useRef(false);
  useEffect(() => {
    if (personElderMode === null) {
      synced.current = false;
      return;
    }
    if (synced.current) return;
    synced.current = true;
    if (takeChangeMadeBeforeLogin()) {
      // A failure here leaves the device's choice in force; the profile switch can save it again.
      trpcClient.citizen.setElderMode.mutate({ enabled: getElderMode() }).catch(() => undefined);
    } else {
      setElderMode(personElderMode);
    }
  }, [personElderMode]);
}

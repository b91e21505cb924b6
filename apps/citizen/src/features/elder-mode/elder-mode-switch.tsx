import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { queryClient, sessionQueryKey, trpc } from "../../trpc";
import { setElderMode, setElderModeBeforeLogin } from "./elder-mode-store";
import { useElderMode } from "./use-elder-mode";

interface ElderModeSwitchProps {
  /** Before login the choice is the device's; after login it is also saved to the person. */
  signedIn: boolean;
}

export function ElderModeSwitch({ signedIn }: ElderModeSwitchProps) {
  const { t } = useTranslation();
  const enabled = useElderMode();
  const labelId = useId();
  const descriptionId = useId();
  const save = useMutation(
    trpc.citizen.setElderMode.mutationOptions({
      onSuccess: ({ elderMode }) =>
        queryClient.setQueryData(sessionQueryKey(), (session) =>
          session ? { ...session, elderMode } : session,
        ),
    }),
  );

  function toggle() {
    const next = !enabled;
    if (signedIn) {
      setElderMode(next);
      save.mutate({ enabled: next });
    } else {
      setElderModeBeforeLogin(next);
    }
  }

  return (
    <div className="switch-row">
      <span id={labelId} className="switch-label">
        {t("elderMode.label")}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        className="switch"
        onClick={toggle}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-state" aria-hidden="true">
          {enabled ? t("elderMode.on") : t("elderMode.off")}
        </span>
      </button>
      <p id={descriptionId} className="hint">
        {t("elderMode.description")}
      </p>
      {save.isError ? (
        <p role="alert" className="field-error">
          {t("elderMode.saveFailed")}
        </p>
      ) : null}
    </div>
  );
}

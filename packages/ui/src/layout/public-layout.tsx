import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";
import { SiteFrame } from "./site-frame";

/** The frame of pages shown before login: the service's name, the language switch, the content. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteFrame actions={<LanguageSwitch />}>{children}</SiteFrame>;
}

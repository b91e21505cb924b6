import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After moving to another page (not on the first load), put focus on the new page's <h1> so a
 * screen reader announces where the person is and keyboard users start at the top of it.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    heading?.focus();
  }, [pathname]);
}

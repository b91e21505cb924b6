import { Outlet } from "react-router";
import { PasswordExpiryNotice } from "../password/password-expiry-notice";

/** What stands above every work page: the notice of a password about to expire. */
export function WorkAreaOutlet() {
  return (
    <>
      <PasswordExpiryNotice />
      <Outlet />
    </>
  );
}

import { Loading } from "@yibao/ui";
import { type ComponentProps, lazy, Suspense } from "react";

// The new-password rules carry the list of common passwords (hundreds of kilobytes): loaded with
// the pages that set a password, not with the login page and every other one.
const ChangePasswordForm = lazy(() =>
  import("./change-password-form").then((module) => ({ default: module.ChangePasswordForm })),
);

/** `ChangePasswordForm`, loaded when first shown. */
export function ChangePasswordFormLoader(props: ComponentProps<typeof ChangePasswordForm>) {
  return (
    <Suspense fallback={<Loading />}>
      <ChangePasswordForm {...props} />
    </Suspense>
  );
}

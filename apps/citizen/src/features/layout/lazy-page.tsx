import { Loading } from "@yibao/ui";
import { type ComponentType, lazy, Suspense } from "react";

/**
 * A page loaded when first opened. For the pages that set a password: the common-password list
 * they check against is most of their weight, and the login and account pages need none of it.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { ErrorBoundary } from "../errors/error-boundary";
import { NotFoundPage } from "../layout/not-found-page";
import { type SessionApi, SessionApiProvider } from "../session/session-api";

interface AppShellProps {
  queryClient: QueryClient;
  sessionApi: SessionApi;
  basename: string;
  /** The app's `<Route>`s; any other path shows the not-found page. */
  children: ReactNode;
}

/** What wraps every app: the crash page, the query cache, the session procedures, the router. */
export function AppShell({ queryClient, sessionApi, basename, children }: AppShellProps) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <SessionApiProvider api={sessionApi}>
          <BrowserRouter basename={basename}>
            <Routes>
              {children}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </BrowserRouter>
        </SessionApiProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

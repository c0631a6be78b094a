"use client";
// Only the signed-in and account layouts mount this provider: public pages ship no tRPC or React Query code.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useLocale } from "next-intl";
import { useState, type ReactNode } from "react";
import { MAX_BATCH_CALLS } from "@/server/http/limits.mjs";
import type { AppRouter } from "@/server/trpc/root";
import { TRPCProvider } from "./trpc";

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // The server refuses longer batches: split them here (server/http/limits.ts).
      links: [httpBatchLink({ url: "/api/trpc", maxItems: MAX_BATCH_CALLS, headers: () => ({ "x-southbridge-locale": locale }) })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

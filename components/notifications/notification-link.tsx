"use client";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Link, useRouter } from "@/i18n/navigation";

/** The notification's text as a link to what it is about; following an unread one also marks it read. */
export function NotificationLink({ id, path, unread, children }: { id: string; path: string; unread: boolean; children: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Link href={path} onClick={() => unread && mutation.mutate({ id })} className="text-brand-800 underline decoration-brand-600 hover:no-underline">
      {children}
    </Link>
  );
}

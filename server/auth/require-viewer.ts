import "server-only";
import { redirect } from "next/navigation";
import type { Action, Subject } from "../authz/permissions";
import { can } from "../authz/permissions";
import type { SignedInViewer } from "../authz/viewer";
import { currentViewer } from "./current-viewer";

/** For pages: the signed-in viewer, or a redirect to the sign-in page that comes back here. */
export async function requireViewer(locale: string, returnTo: string): Promise<SignedInViewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${returnTo}`)}`);
  return viewer;
}

/** For pages: whether the viewer may do `action`; pages render notFound() when this is false. */
export async function viewerCan(action: Action, subject?: Subject): Promise<boolean> {
  return can(await currentViewer(), action, subject);
}

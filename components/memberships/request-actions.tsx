"use client";
import { useTranslations } from "next-intl";
import { AcceptDecline } from "./accept-decline";

/** An owner accepts or declines one request to join. */
export function RequestActions({ request }: { request: { id: string; version: number; name: string } }) {
  const t = useTranslations("dashboard.requests");
  const { name } = request;
  return (
    <AcceptDecline
      membership={request}
      accept={{ event: "accept", text: t("accept"), label: t("acceptLabel", { name }), done: t("accepted", { name }) }}
      decline={{ event: "decline", text: t("decline"), label: t("declineLabel", { name }), done: t("declined", { name }) }}
    />
  );
}

// /{locale}/contact — Whom to write to: messages/<locale>/documents/contact.md, server-rendered, no script.
import { documentRoute } from "@/components/help/document-page";

const route = documentRoute("contact");
export const generateMetadata = route.generateMetadata;
export default route.Page;

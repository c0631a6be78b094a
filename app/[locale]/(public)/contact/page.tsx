// /{locale}/contact — Whom to write to: messages/<locale>/documents/contact.md, server-rendered, no script.
import { documentRoute } from "../document-route";

const route = documentRoute("contact");
export const generateMetadata = route.generateMetadata;
export default route.Page;

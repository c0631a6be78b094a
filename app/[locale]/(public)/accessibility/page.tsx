// /{locale}/accessibility — The accessibility statement: messages/<locale>/documents/accessibility.md, server-rendered, no script.
import { documentRoute } from "@/components/help/document-page";

const route = documentRoute("accessibility");
export const generateMetadata = route.generateMetadata;
export default route.Page;

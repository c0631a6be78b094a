// /{locale}/privacy — The privacy notice: messages/<locale>/documents/privacy.md, server-rendered, no script.
import { documentRoute } from "@/components/help/document-page";

const route = documentRoute("privacy");
export const generateMetadata = route.generateMetadata;
export default route.Page;

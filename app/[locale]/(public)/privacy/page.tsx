// /{locale}/privacy — The privacy notice: messages/<locale>/documents/privacy.md, server-rendered, no script.
import { documentRoute } from "../document-route";

const route = documentRoute("privacy");
export const generateMetadata = route.generateMetadata;
export default route.Page;

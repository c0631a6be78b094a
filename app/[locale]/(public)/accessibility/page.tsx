// /{locale}/accessibility — The accessibility statement: messages/<locale>/documents/accessibility.md, server-rendered, no script.
import { documentRoute } from "../document-route";

const route = documentRoute("accessibility");
export const generateMetadata = route.generateMetadata;
export default route.Page;

// /{locale}/help — How Southbridge works for each role, and a glossary: messages/<locale>/documents/help.md, server-rendered, no script.
import { documentRoute } from "../document-route";

const route = documentRoute("help");
export const generateMetadata = route.generateMetadata;
export default route.Page;

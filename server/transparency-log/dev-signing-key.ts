// ┌──────────────────────────────────────────────────────────────────────────────────────────┐
// │ DEVELOPMENT KEY — PUBLIC, WORTHLESS AS PROOF. It is committed to a public repository, so  │
// │ anyone can sign a tree head with it. It signs the log only when DEPLOYMENT_ENV is         │
// │ development, test or demo and TRANSPARENCY_LOG_SIGNING_KEY is unset; production refuses   │
// │ to start without its own key (server/env-schema.mjs). Its id is DEVELOPMENT_KEY_ID in     │
// │ tree-head.mjs, and the offline verifier warns when a head is signed with it.              │
// └──────────────────────────────────────────────────────────────────────────────────────────┘
export const DEVELOPMENT_SIGNING_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIEqWy9GEIhVTUuhDluHqz2cB9ezYMUEYGxTrujA5Qolu
-----END PRIVATE KEY-----
`;

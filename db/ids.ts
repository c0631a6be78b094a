export const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/** A 20-character public id with 100 bits of randomness: safe in URLs, impossible to guess. */
export function newId(): string {
  // Web Crypto, not node:crypto: the same in Node and in the browser, where client components
  // that import a table's constants would otherwise pull in a crypto polyfill that evaluates
  // code with Function() and so breaks the Content-Security-Policy.
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let out = "";
  for (const b of bytes) out += ID_ALPHABET[b & 31];
  return out;
}

export const ID_LENGTH = 20;

// What a personal API token looks like: a recognisable prefix (so secret scanners can find a
// leaked one) and 32 random bytes in base64url. Only its SHA-256 is stored.
export const API_TOKEN_PREFIX = "sbt_";
export const API_TOKEN_PATTERN = /^sbt_[A-Za-z0-9_-]{43}$/;

// Turns the words a reader typed into a search plan: terms for InnoDB FULLTEXT in boolean mode
// (`+word*`: every word required, as a prefix) and terms that FULLTEXT cannot find, matched with
// an escaped LIKE instead. Pure, so it is unit-tested without a database.
//
// Why the split: InnoDB (MySQL 8 and MariaDB alike) indexes tokens of at least 3 characters
// (innodb_ft_min_token_size) separated by spaces or punctuation, and ignores its default
// stopwords — a required stopword (`+the*`) makes the whole query match nothing. Scripts written
// without spaces (Chinese, Japanese, Thai…) are one long token per run, so a word in the middle
// of a title is not a token at all: those go to LIKE, as do words shorter than 3 characters
// ("AI"). Stopwords are dropped: they say nothing about the programme.
import { containsPattern } from "@/db/like";

/** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD), the same on MySQL 8 and MariaDB. */
export const INNODB_STOPWORDS: ReadonlySet<string> = new Set([
  "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it",
  "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www",
]);

export const MIN_TOKEN_LENGTH = 3;
/** innodb_ft_max_token_size is 84 by default: longer words are never tokens. */
export const MAX_TOKEN_LENGTH = 84;
/** At most this many words are used; the rest of a very long query is ignored. */
export const MAX_TERMS = 8;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export type SearchPlan = {
  /** The AGAINST(… IN BOOLEAN MODE) string, e.g. "+health* +pilot*"; null when no word goes to FULLTEXT. */
  fullText: string | null;
  /** LIKE patterns (escaped, %…%), each of which must match the title or the summary. */
  like: string[];
};

/** The plan for `q`; an empty plan (no full text, no LIKE) means "no text filter". */
export function planSearch(q: string | undefined | null): SearchPlan {
  const words = [...new Set((q ?? "").normalize("NFC").toLowerCase().match(WORD) ?? [])].slice(0, MAX_TERMS);
  const full: string[] = [];
  const like: string[] = [];
  for (const word of words) {
    if (INNODB_STOPWORDS.has(word)) continue;
    if (UNSPACED_SCRIPT.test(word) || [...word].length < MIN_TOKEN_LENGTH || [...word].length > MAX_TOKEN_LENGTH) like.push(containsPattern(word));
    else full.push(`+${word}*`);
  }
  return { fullText: full.length ? full.join(" ") : null, like };
}

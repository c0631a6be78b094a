// A tokenizer for the seven platform languages and their scripts, for text similarity only
// (not for display or search). Rules, in order:
// 1. Unicode NFKC (full-width forms, ligatures, presentation forms → plain letters), lower case.
// 2. Runs of Han, Hiragana, Katakana or Hangul become overlapping character bigrams (a run of one
//    character is kept as a unigram): "人工智能" → 人工, 工智, 智能. Chinese has no spaces, and
//    bigrams are the usual, dictionary-free unit for retrieval.
// 3. Any other run of letters, marks and digits is a word:
//    - Latin, Cyrillic, Greek: accents removed (é → e, ё → е), a plural "s" dropped from words
//      of five letters or more ("models" → "model"; "access" stays);
//    - Arabic: diacritics and tatweel removed, alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و,
//      ئ → ي, and the article with its clitics (ال، وال، بال، كال، فال، لل) dropped
//      ("والصحة" → "صحه", like "صحة").
// 4. Words shorter than two characters, numbers and common function words are dropped.
// Scripts written without spaces other than CJK (Thai, Khmer…) fall under rule 3 as whole runs.

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const TOKEN = new RegExp(String.raw`[${CJK}]+|(?:(?![${CJK}])[\p{L}\p{M}\p{N}])+`, "gu");
const IS_CJK = new RegExp(`^[${CJK}]`, "u");
const IS_ARABIC = /^\p{Script=Arabic}/u;
const IS_ACCENTED_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const MARKS = /\p{M}/gu;
const DIGITS = /^\p{N}+$/u;
const ASCII_WORD = /^[a-z]+$/;

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = { "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627", "\u0649": "\u064A", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064A" };
const ARABIC_FOLD = /[\u0622\u0623\u0625\u0671\u0649\u0629\u0624\u0626]/g;
const ARABIC_ARTICLES = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"];

const STOPWORDS = new Set(
  [
    // en
    "the and for with from that this are was were been has have its into our their which will can also not but all any new use using used of in to on by is at or an be it",
    // fr
    "le la les des du de un une et en dans pour par sur au aux est sont avec ce ces cette qui que leur leurs nous",
    // es, pt
    "el los las del al una unos por para con en es son que su sus este esta como mas uma um os as do da dos das no na nos nas em ao pelo pela com se",
    // ru
    "и в во на по с со для из от до к о об не что это как или а но его их мы",
    // ar (after normalisation, articles removed)
    "في من علي الى عن مع هذا هذه ذلك تي ذي او ثم قد كل بين عند",
  ]
    .join(" ")
    .split(" "),
);

function arabicWord(word: string): string {
  const folded = word.replace(ARABIC_DIACRITICS, "").replace(ARABIC_FOLD, (c) => ARABIC_LETTERS[c] ?? c);
  for (const article of ARABIC_ARTICLES) {
    if (folded.startsWith(article) && folded.length - article.length >= 2) return folded.slice(article.length);
  }
  return folded;
}

function alphabeticWord(word: string): string {
  const bare = ASCII_WORD.test(word) ? word : word.normalize("NFD").replace(MARKS, "").normalize("NFC");
  return bare.length >= 5 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}

function pushBigrams(run: string, out: string[]) {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** The tokens of a text, in order, with repeats (term frequency counts them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    if (IS_CJK.test(run)) {
      pushBigrams(run, out);
      continue;
    }
    if (DIGITS.test(run)) continue;
    const word = IS_ARABIC.test(run) ? arabicWord(run) : IS_ACCENTED_SCRIPT.test(run) ? alphabeticWord(run) : run;
    if (word.length >= 2 && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

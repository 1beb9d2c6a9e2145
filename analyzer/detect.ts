import type { Detection } from './types';
import { INVISIBLE_CHARS, STRONG_POLICY_NAME, visible } from './cheap-check';
import { DOCUMENT_LITERALS, SharedScan } from './prefilter';
import { isWordChar } from './literals';
import { countRuns, countRunsIn, spaceBit } from './runs';
import { knownRuns } from './text';
import { COMMON_NOUN_VOICE, combinedName, countRegex, REFERS_TO_POLICY, faqName, firstWordsLine, listingUrl, NOTICE_NAME, passiveStatements, POLICY_SELF_OPENING, proseWords, SELF_REFERENCE, sectionHeadingKinds, selfReferences, STATEMENT_KINDS, TERMS_SELF_OPENING, WEAK_SECTION_KINDS } from './detect-signals';

/**
 * Is this text a privacy policy? A weighted sum of cheap signals, each named in `reasons`:
 * where the page says it is one (URL slug, title, first headings, the opening), what it says
 * (first-person statements about personal data, policy vocabulary, the usual policy topics)
 * and what it is instead (terms of service, agreements). Every pass is one regular expression
 * over at most the first 400 000 characters: linear in the text. Seven languages: en, de, fr,
 * es, it, nl, pt.
 */

/** The detector reads the first SCAN characters. */
export const SCAN = 400_000;
/** The statement kinds, section headings and references to the policy are read in the first EXTRA_SCAN characters. */
const EXTRA_SCAN = 30_000;

/** Words of a privacy policy, in the seven languages. Counted per 1000 words. */
export const VOCABULARY =
  /\b(?:personal (?:information|data)|personally identifiable|collect(?:s|ed|ion)?|third[- ]part(?:y|ies)|cookies?|opt[- ]out|retain|retention|disclos(?:e|ure)|data protection|privacy|datenschutz|protection des donn[ée]es|protecci[oó]n de datos|protezione dei dati|gegevensbescherming|prote[cç][aã]o de dados|process(?:ing)? (?:of )?(?:your )?(?:personal )?data|data controller|gdpr|ccpa|consent|data subjects?|personenbezogene\w*|datenschutz\w*|verarbeitung|einwilligung|auskunft|dsgvo|auftragsverarbeit\w*|donn[ée]es (?:personnelles|à caractère personnel)|vos donn[ée]es|traitement|consentement|rgpd|cnil|sous-traitants?|datos personales|sus datos|tratamiento|consentimiento|rgpd|encargados? del tratamiento|dati personali|tuoi dati|trattamento|consenso|titolare|interessato|persoonsgegevens|(?:uw|jouw|je) gegevens|gegevensverwerking|verwerking|verwerken|verwerkers?|bewaartermijn|toestemming|avg|dados pessoais|seus dados|tratamento|consentimento|lgpd|titular|encarregado)\b/gi;

/**
 * The voice of a policy: the service speaking about the reader's data. "We collect", "your
 * personal information", "wir verarbeiten", "vos données"… News about privacy and wiki pages
 * talk about data in the third person.
 */
export const FIRST_PERSON =
  /\b(?:we|us) (?:[a-z'’]+ ){0,2}?(?:collect|use|share|disclose|process|store|retain|receive|obtain|keep|transfer|sell|gather|track|log|record)\b|\b(?:information|data) (?:that |which )?we (?:[a-z]+ )?(?:collect|hold|receive|process)\b|\b(?:collects|uses|shares|discloses|processes|may collect|may use|may share|may disclose) (?:your |the |such )?(?:personal (?:information|data)|personally identifiable information|information about you)\b|\byour (?:personal |contact |account |payment )?(?:information|data|details)\b|\byour (?:e-?mail|ip) address(?:es)?\b|\bwir (?:\w+ )?(?:erheben|verarbeiten|speichern|nutzen|verwenden|geben|übermitteln)\b|\bihre?n? (?:personenbezogenen )?daten\b|\bnous (?:\w+ )?(?:collectons|utilisons|traitons|conservons|partageons|recueillons)\b|\bvos donn[ée]es\b|\b(?:recopilamos|recogemos|utilizamos|tratamos|conservamos|compartimos)\b|\bsus datos\b|\b(?:raccogliamo|utilizziamo|trattiamo|conserviamo|condividiamo)\b|\b(?:i )?(?:tuoi|suoi) dati\b|\bdati (?:personali )?da (?:lei|te) forniti\b|\bwij (?:\w+ )?(?:verzamelen|gebruiken|verwerken|bewaren|delen)\b|\bwe (?:\w+ )?(?:verzamelen|verwerken|bewaren)\b|\b(?:uw|jouw|je) (?:persoons)?gegevens\b|\b(?:coletamos|recolhemos|utilizamos|tratamos|compartilhamos|armazenamos)\b|\bseus dados\b/gi;

/**
 * The same voice in the third person: "the Company collects personal information", "users may
 * request access", "Der Anbieter verarbeitet … Daten", "l'utilisateur dispose d'un droit"…
 * Only present-tense statements of a practice: a news report says "collected" and "fined".
 */
/** One regular expression per language (small enough for a ReDoS checker to decide). */
export const THIRD_PERSON: readonly RegExp[] = [
  /\b(?:no|any) (?:personal |personally identifiable )?(?:data|information) (?:is|are|will be|gets?) (?:\w+ )?(?:collected|stored|processed|shared|sold|logged|tracked|retained)\b/gi, // en
  /\b(?:erhebt|verarbeitet|speichert|nutzt|verwendet|gibt) (?:\S+ ){0,3}?(?:personenbezogene )?daten\b|\bdie daten werden\b/gi, // de
  /\bwerden (?:\S+ ){0,6}?(?:verarbeitet|gespeichert|erhoben|gelöscht|weitergegeben)|\b(?:sie haben|nutzer haben|betroffene personen haben) (?:\S+ ){0,2}?(?:das )?recht\b/gi, // de
  /\b(?:collecte|utilise|traite|conserve|recueille|communiquer?) (?:\S+ ){0,3}?donn[ée]es\b|\bl.utilisateur dispose\b|\bles donn[ée]es (?:sont|seront)\b/gi, // fr
  /\b(?:recoge|recopila|utiliza|trata|conserva|comunicar?) (?:\S+ ){0,3}?datos\b|\blos datos se\b|\bel usuario (?:puede|podr)/gi, // es
  /\b(?:raccoglie|utilizza|tratta|conserva|comunicare) (?:\S+ ){0,3}?dati\b|\bi dati sono\b|\bl.interessato (?:pu|ha\b)/gi, // it
  /\b(?:verzamelt|gebruikt|verwerkt|bewaart|verstrekken|verstrekt) (?:\S+ ){0,3}?(?:persoons)?gegevens\b|\bde gegevens worden\b/gi, // nl
  /\b(?:coleta|recolhe|utiliza|trata|armazena|compartilhar|compartilha) (?:\S+ ){0,3}?dados\b|\bos dados s[ãa]o\b|\bo titular pode\b/gi, // pt
];

/** English third person needs its subject: a name ("Yr collects") or "the Company/Site/Service". Case-sensitive. */
export const THIRD_PERSON_EN =
  /\b(?:[A-Z][\w&.'’-]{0,30}|[Tt]he (?:[Cc]ompany|[Ss]ite|[Ww]ebsite|[Ss]ervice|[Aa]pp|[Aa]pplication|[Oo]perator|[Cc]ontroller|[Pp]rovider|[Oo]rganization|[Oo]rganisation|[Pp]ublisher)) (?:also |only |may |will |automatically |does not |will not |might )?(?:(?:collects?|gathers?|processes|stores?|retains?|discloses?|shares?|sells?)\b|(?:uses?|records) (?:\w+ ){0,3}?(?:information|data|cookies|IP addresses|e-?mail addresses)\b)|\b(?:the |[Yy]our )?(?:User|Users|Data Subject)(?:'s|’s)? (?:Personal |personal )?(?:Data|Information)\b|\bPersonal (?:Data|Information) (?:is |are |may be )?(?:collected|processed|stored|shared|used)\b|\bI (?:do not |don['’]t |never |only )?(?:collect|store|track|log|share|sell|keep|retain)\b/g;

/**
 * THIRD_PERSON_EN counted without running it at every position (V8 tries its first branch at
 * every capital): each match contains one of these literals (case-sensitive) — the verb with
 * the space before it ("use" and "uses" with the space after too, not "used", "user", "useful"),
 * "User", "Data Subject", "Personal ", "I " — found by the shared literal
 * scan (SHARED, below), in lower case: the anchor regex, run at each, checks the case. The regex
 * then runs sticky only where a match with that anchor can start (thirdPersonStarts).
 */
const THIRD_PERSON_ANCHOR = / (?:collect|gather|processes|store|retain|disclose|share|sell|uses? |records)|User|Data Subject|Personal |I /;
const THIRD_PERSON_ANCHOR_LITERALS = [' collect', ' gather', ' processes', ' store', ' retain', ' disclose', ' share', ' sell', ' use ', ' uses ', ' records', 'user', 'data subject', 'personal ', 'i '];
const THIRD_PERSON_EN_STICKY = new RegExp(THIRD_PERSON_EN.source, 'y');
/** THIRD_PERSON_EN's adverbs, between the subject and the verb. */
const THIRD_PERSON_ADVERBS = ['also ', 'only ', 'may ', 'will ', 'automatically ', 'does not ', 'will not ', 'might '];
/** The characters of THIRD_PERSON_EN's subject after its capital, [\w&.'’-]. */
function subjectChar(c: number): boolean {
  return isWordChar(c) || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 45;
}

/** The number of matches of THIRD_PERSON_EN in the text, as a global exec loop counts them. */
export function countThirdPersonEn(text: string): number {
  const anchors = SHARED.spans(THIRD_PERSON_ANCHOR, text);
  const starts = thirdPersonStarts(text, anchors);
  const re = THIRD_PERSON_EN_STICKY;
  let n = 0;
  // Matches found end before `from`.
  let from = 0;
  for (let k = 0, last = -1; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from || p === last) continue;
    last = p;
    re.lastIndex = p;
    const found = re.exec(text);
    if (!found) continue;
    n++;
    from = p + found[0].length;
  }
  return n;
}

let startsBuffer = new Int32Array(1024);

/**
 * Where a match of THIRD_PERSON_EN with one of these anchors can start, sorted (a position may
 * come twice): the anchor itself ("Personal Data is collected", "I never sell"), "the " or "your "
 * before "User" or "Data Subject", and before a verb (its space at s) the subject: the capitals
 * that start a word in the run of [\w&.'’-] that ends at s or at s − an adverb, with "The"
 * before such a run ("The Company"). "Personal " and "I " take the space before a verb out of
 * the anchors ("API collects"): their space is taken as a verb's too.
 */
function thirdPersonStarts(text: string, anchors: readonly number[]): Int32Array {
  let n = 0;
  const add = (p: number): void => {
    if (p < 0) return;
    if (n === startsBuffer.length) {
      const grown = new Int32Array(n * 2);
      grown.set(startsBuffer);
      startsBuffer = grown;
    }
    startsBuffer[n++] = p;
  };
  // The subjects whose run of [\w&.'’-] ends at e (a space).
  const subjects = (e: number): void => {
    if (text.charCodeAt(e) !== 32) return;
    let q = e - 1;
    for (; q >= 0 && q >= e - 31 && subjectChar(text.charCodeAt(q)); q--) {
      const c = text.charCodeAt(q);
      if (c >= 65 && c <= 90 && (q === 0 || !isWordChar(text.charCodeAt(q - 1)))) add(q);
    }
    // "The Company", "the Site": "the " before the run.
    if (q >= 3 && text.charCodeAt(q) === 32) add(q - 3);
  };
  for (let k = 0; k < anchors.length; k += 2) {
    const a = anchors[k]!;
    const c = text.charCodeAt(a);
    let space = a;
    if (c !== 32) {
      add(a);
      if (c === 85 || c === 68) {
        // User, Data Subject: "the User", "your Data Subject".
        add(a - 4);
        add(a - 5);
        continue;
      }
      space = anchors[k + 1]! - 1;
    }
    subjects(space);
    // (Every adverb ends with o, y, l or t.)
    const last = text.charCodeAt(space - 1);
    if (last === 111 || last === 121 || last === 108 || last === 116) {
      for (const adverb of THIRD_PERSON_ADVERBS) if (text.startsWith(adverb, space + 1 - adverb.length)) subjects(space - adverb.length);
    }
  }
  const starts = startsBuffer.subarray(0, n);
  starts.sort();
  return starts;
}

/** The word cookie, counted (a cookie policy's) and a topic: one regex of the shared scan (SHARED), which alone reads it (it is global). */
const COOKIE_WORD = /\bcookies?\b/gi;

export const TOPICS: { id: string; re: RegExp }[] = [
  { id: 'collection', re: /\b(?:information|data) (?:we|that we|which we) (?:collect|gather|receive)|\bwhat (?:personal )?(?:information|data) (?:do )?we collect|\bcollection of (?:personal )?(?:information|data)|\bwelche daten|\berhebung|\bdonn[ée]es (?:que nous )?collect|\bdatos que recopilamos|\bdati raccolti|\bgegevens die wij|\bdados que coletamos|\binformation (?:you provide|about you)\b/i },
  { id: 'use', re: /\bhow (?:do )?we use\b|\buse of (?:your )?(?:personal )?(?:information|data)|\bpurposes? of (?:the )?processing\b|\bzweck|\bfinalit[ée]s?\b|\bfinalidad|\bdoeleinden|\bfinalidades/i },
  { id: 'sharing', re: /\b(?:share|disclose|sharing|disclosure of) (?:your )?(?:personal )?(?:information|data)|\bweitergabe|\bpartage|\bcompartir|\bcomunicazione dei dati|\bdelen van|\bcompartilhamento/i },
  { id: 'cookies', re: COOKIE_WORD },
  { id: 'rights', re: /\byour (?:privacy )?(?:rights|choices)\b|\bright to (?:access|erasure|object|rectification|delete)|\bihre rechte|\bbetroffenenrechte|\bvos droits|\bsus derechos|\bdiritti dell'interessato|\bi tuoi diritti|\buw rechten|\bseus direitos/i },
  { id: 'retention', re: /\b(?:data )?retention\b|\bhow long (?:do )?we (?:keep|retain|store)|\bspeicherdauer|\bconservation|\bconservaci[oó]n|\bconservazione|\bbewaartermijn|\breten[cç][aã]o/i },
  { id: 'security', re: /\b(?:data )?security\b|\bprotect (?:your )?(?:personal )?(?:information|data)|\bdatensicherheit|\bs[ée]curit[ée]|\bseguridad|\bsicurezza|\bbeveiliging|\bseguran[cç]a/i },
  { id: 'children', re: /\bchildren(?:'s)?\b|\bunder (?:the age of )?1[3-8]\b|\bkinder|\benfants|\bmenores|\bminori|\bkinderen/i },
  { id: 'contact', re: /\bcontact us\b|\bdata protection officer\b|\bdatenschutzbeauftragte|\bd[ée]l[ée]gu[ée] [àa] la protection|\bdelegado de protecci[oó]n|\bresponsabile della protezione|\bfunctionaris voor gegevensbescherming|\bencarregado/i },
];

export const TERMS =
  /\b(?:terms (?:of (?:service|use|sale)|and conditions)|you agree to (?:these|the) terms|governing law|limitation of liability|indemnif(?:y|ication)|arbitration|warrant(?:y|ies)|termination of (?:your )?account|intellectual property|licen[cs]e (?:to use|grant)|data processing (?:agreement|addendum|terms)|the processor shall|sub-?processors?|liab(?:le|ility)|you (?:shall|must) not|you may not|prohibited|breach|dispute|terminate|this agreement|these terms|shall|haftung|gew[äa]hrleistung|k[üu]ndigung|responsabilit[ée]|r[ée]siliation|droit applicable|responsabilidad|garant[ií]a|ley aplicable|responsabilit[àa]|garanzia|legge applicabile|aansprakelijkheid|garantie|responsabilidade|foro)\b/gi;

/** An opening line that names terms, an agreement or guidelines. */
const TERMS_OPENING =
  /^\W*(?:(?:website |general |user |customer |master |data process\w* |service |subscription |the )?(?:terms|conditions|agreement|user agreement)|end user license|acceptable use|community guidelines|copyright|nutzungsbedingungen|allgemeine gesch|conditions g[ée]n[ée]rales|conditions d.utilisation|cgu\b|cgv\b|t[ée]rminos (?:y condiciones|de uso)|condiciones (?:generales|de uso)|condizioni (?:generali|d.uso)|termini (?:e condizioni|di (?:uso|servizio))|algemene voorwaarden|gebruiksvoorwaarden|termos (?:de|e) )/i;

/** A cookie policy that is not also a privacy policy ("Cookie Policy", "Use of trackers"). */
const COOKIE_NAME = /^\W*cookies?\b(?! (?:and|&) privacy)|\b(?:cookies?|trackers?|tracking technologies)[- ](?:policy|notice|statement|declaration|richtlinie|erkl[äa]rung)|\bpolitique (?:relative aux|de|des) cookies|\bpol[ií]tica de cookies|\bcookie[- ]?(?:beleid|verklaring)|\buse of (?:cookies|trackers)/i;

const TERMS_TITLE = /\b(?:terms|conditions|agreement|addendum|eula|acceptable use|guidelines|copyright|dmca|nutzungsbedingungen|agb|conditions g[ée]n[ée]rales|t[ée]rminos|condizioni|voorwaarden|termos)\b/i;

/**
 * A page named by a bare word for privacy, as a title before the site's name or as its first
 * heading: "Privacy | Site", "Data protection | Hope Street Food Bank", "Datenschutz",
 * "Confidentialité", "Privacidad". (At `/tag/privacy` or `/settings/privacy` it names a topic
 * or a screen instead: listingUrl.)
 */
const BARE = '\\W*(?:privacy|data protection|datenschutz|confidentialit[ée]|protection des donn[ée]es|privacidad|protecci[oó]n de datos|protezione dei dati|gegevensbescherming|privacidade|prote[cç][aã]o de dados)\\W*';
const BARE_NAME = new RegExp(`^${BARE}$`, 'i');
const BARE_NAME_TITLE = new RegExp(`^${BARE}(?:$|[|–—-])`, 'i');

export interface DetectContext {
  url?: string;
  title?: string;
  /** Headings of the page, when the DOM gave them. */
  headings?: readonly string[];
  /**
   * The page's policy is put in by a script or a frame that its HTML names (a policy generator's
   * embed, a frame at a policy's address), and its own text is short: the CLI's reading of a
   * saved page (cli/page-dom.ts). A browser shows the text, so the extension never sets it.
   */
  embeddedPolicy?: string;
  /**
   * The page as served is a script-built shell with almost no text of its own: what writes its
   * text in the browser (a single-page app's scripts). The CLI's reading of a saved page
   * (cli/page-dom.ts); the extension reads the rendered page and never sets it.
   */
  scriptBuilt?: string;
}

/** Terms that speak of themselves: "these Terms", "this Agreement", "these Terms of Service". */
const TERMS_SELF = /\b(?:these|this) (?:terms|agreement|tos)\b/gi;

/**
 * What a line that names a policy holds (case folded as the names' regexes fold it): each name
 * of policyName holds one of these literals, so termsChapterOfPolicy looks only at the lines
 * where the shared literal scan (SHARED, below) found one.
 */
const NAME_HINT = /privacy|prote|personal|datenschutz|confidentialit|privacidad|informativa|riservatezza|data use|how we|notice/i;
const NAME_HINT_LITERALS = ['privacy', 'prote', 'personal', 'datenschutz', 'confidentialit', 'privacidad', 'informativa', 'riservatezza', 'data use', 'how we', 'notice'];

/** The counts and topic tests below share one literal scan of the text (analyzer/prefilter.ts), and the rule engine reads it too (DOCUMENT_LITERALS). */
// The signals of analyzer/detect-signals.ts that are counted over the whole text share the scan
// too; not PASSIVE_VOICE, whose literals ("is", "are") would slow the scan for every text: it runs
// by itself, on short texts only.
const SIGNALS = [SELF_REFERENCE, COMMON_NOUN_VOICE];
const SHARED = new SharedScan(DOCUMENT_LITERALS)
  .register(FIRST_PERSON, VOCABULARY, TERMS, COOKIE_WORD, ...THIRD_PERSON, ...TOPICS.map((t) => t.re), ...SIGNALS)
  .registerStarts(THIRD_PERSON_ANCHOR, THIRD_PERSON_ANCHOR_LITERALS)
  .register(TERMS_SELF)
  .registerStarts(NAME_HINT, NAME_HINT_LITERALS);
const COUNTED = new Set<RegExp>([FIRST_PERSON, VOCABULARY, TERMS, COOKIE_WORD, ...THIRD_PERSON, ...SIGNALS]);

function countMatches(re: RegExp, text: string): number {
  return COUNTED.has(re) ? SHARED.count(re, text) : countRegex(re, text);
}

function urlPath(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname + u.search);
  } catch {
    return url;
  }
}

/**
 * A path segment that is a policy's slug: `/privacy`, `/legal/privacy-policy.html`,
 * `/our-privacy-notice`, `/de/datenschutz`, `?page=privacy` — not `/blog/privacy-tips-2024`.
 */
const POLICY_SEGMENT =
  /^(?:(?:our|your|website|site|online|web|app|customer|consumer|global|general|full|company|group|corporate|[a-z]{2})[-_])?(?:privacy(?:[-_]?(?:policy|policies|notice|statement|center|centre|info|information))?|data[-_]?protection(?:[-_]?(?:policy|notice|statement))?|datenschutz\w*|dsgvo|gdpr|(?:politique[-_]de[-_])?confidentialite|(?:politica[-_]de[-_])?privacidad(?:e)?|(?:aviso[-_]de[-_])?privacidad|informativa[-_]?privacy|privacy[-_]?informativa|informativa[-_]sulla[-_]privacy|privacybeleid|privacyverklaring|privacyreglement|(?:politica[-_]de[-_])?privacidade)(?:\.\w{2,5})?$/i;

function policySlug(url: string): boolean {
  return urlPath(url).split(/[/?&=#]/).some((seg) => POLICY_SEGMENT.test(seg));
}

/** A page name that calls itself a policy, and not terms that merely mention one. */
/**
 * Words that make a title *about* a policy rather than its name: "Social network updates its
 * privacy policy", "How to read a privacy policy", "Messenger ändert seine Datenschutzerklärung".
 */
const ABOUT_A_POLICY =
  /(?:^|\s)(?:its|their|his|her|a|an|new|how|why|what|read|reading|updates?|updated|updating|changes?|changed|changing|introducing|announcing|revising|upcoming|we['’]re|we['’]ve|we['’]ll|explained|seine|ihre|eine|neue|ändert|lesen|sa|une|nouvelle|modifie|lire|comment|su|una|nueva|cambia|leer|c[oó]mo|sua|un|un’|nuova|leggere|come|zijn|haar|een|nieuwe|past|lees|zo|uma|nova|muda|ler|so)(?=\s|$)/i;

/**
 * Names of a privacy policy beside the cheap check's (analyzer/cheap-check.ts): the US health
 * providers' "Notice of Privacy Practices", "Privacy and Security Policy", "Data Privacy Notice".
 */
const MORE_POLICY_NAMES =
  /\b(?:notice|statement|summary) of (?:our )?privacy practices\b|\b(?:our|online|website) privacy practices\b|\bprivacy (?:and|&) (?:security|data protection|information) (?:policy|notice|statement)\b|\bdata (?:privacy|use) (?:policy|notice|statement)\b/i;

function policyName(s: string): RegExpExecArray | null {
  return STRONG_POLICY_NAME.exec(s) ?? MORE_POLICY_NAMES.exec(s) ?? NOTICE_NAME.exec(s);
}

/** The words before a policy's name in a page name, within its part of a "Name | Site" title. */
function wordsBefore(s: string, m: RegExpExecArray): string {
  return s.slice(0, m.index).split(/[|–—:·»]|\s-\s/).pop() ?? '';
}

/** A page name that calls itself a policy, and not terms that merely mention one, nor a headline about one. */
function namesPolicy(s: string): boolean {
  const m = policyName(s);
  if (!m || TERMS_TITLE.test(s.replace(m[0], ''))) return false;
  const before = wordsBefore(s, m);
  return !ABOUT_A_POLICY.test(before) && before.trim().split(/\s+/).length <= 4;
}

/** The word before a policy's name that makes it the document itself: "this Privacy Policy", "diese Datenschutzerklärung". */
const THIS_DOCUMENT = /(?:^|\s)(?:this|diese[rs]?|cette|la pr[ée]sente|esta|questa|la presente|deze|dit|a presente)\s*$/i;

/**
 * A headline about a policy: "Messaging app changes its privacy policy: what you need to know",
 * "We read the privacy policies of 20 apps". News, reviews and how-tos, not the policy itself.
 */
function headlineAboutPolicy(s: string, ownHeading = false): boolean {
  if (s.length >= 200) return false;
  const m = /\bprivacy (?:policy|policies|notice|notices|statement|settings|rules)\b|\bdatenschutz(?:erkl[äa]rung|regeln)\b|\bpol[ií]tica de privacidad(?:e)?\b|\bpolitique de confidentialit[ée]\b/i.exec(s);
  if (!m) return false;
  const before = wordsBefore(s, m);
  // "What this Privacy Policy covers", "Scope of this Privacy Notice" heading a page whose title
  // does not say it: the document's own section heading (a news story's headline is its title too).
  if (ownHeading && THIS_DOCUMENT.test(before)) return false;
  return ABOUT_A_POLICY.test(before) || before.trim().split(/\s+/).length > 4 || /^(?:policies|notices|settings|rules)$/i.test(m[0].split(/\s+/)[1] ?? '');
}

/**
 * An encyclopedia's or explainer's opening that defines a policy ("A privacy policy is a
 * statement or legal document that…", "Eine Datenschutzerklärung ist…"): about policies, not one.
 */
const DEFINES_A_POLICY =
  /\b(?:an?|the term) (?:privacy (?:policy|notice|statement)|data protection (?:policy|notice)|cookie policy) (?:is|refers to|describes) (?:an?|the|any)\b|\bprivacy policies are (?:\w+ )?(?:statements|documents|legal)\b|\beine datenschutzerkl[äa]rung ist\b|\bune politique de confidentialit[ée] est\b|\buna pol[ií]tica de privacidad(?:e)? (?:es|é)\b/i;

/**
 * On a page named for its terms and its privacy policy: its privacy part — from a line that is
 * a policy's name ("Privacy Policy", "3. Privacy Notice"), after the opening, to the end —
 * speaks of personal data as a short policy does (vocabulary and the reader's data). A small
 * policy after long terms is still the site's policy; a "Privacy Policy" line followed by a
 * sentence that links to it is not.
 */
function privacyPartSpeaks(scan: string, skipLines: number): boolean {
  let start = -1;
  for (let i = 0, offset = 0, end = 0; end !== -1 && start === -1; i++, offset = end + 1) {
    end = scan.indexOf('\n', offset);
    const line = scan.slice(offset, end === -1 ? undefined : end);
    if (i >= Math.max(1, skipLines) && line.length < 80 && !/[.;!?,]\s*$/.test(line) && namesPolicy(line.replace(/^\W*(?:\d+|[ivx]+)?[.)]?\s*/i, ''))) start = offset;
  }
  if (start === -1) return false;
  const part = scan.slice(start);
  const partWords = countRuns(part);
  if (partWords < 80) return false;
  const vocabulary = countRegex(VOCABULARY, part);
  const voice = countRegex(FIRST_PERSON, part) + THIRD_PERSON.reduce((n, re) => n + countRegex(re, part), 0);
  return vocabulary >= 6 && voice >= 3 && (vocabulary * 1000) / partWords >= 8;
}

/**
 * Terms of service that hold a privacy policy as a chapter of their own ("Privacy Policy" as a
 * line of its own after 600 words or more of terms that speak of themselves as "these Terms" 3
 * times or more, with more terms' vocabulary than the policy's): the page is the terms, though
 * the whole policy is in it (archive-of-our-own, joindiaspora, politico). The chapter's name line
 * (not a link nor a list item: a menu's or a footer's "Privacy Policy").
 */
function termsChapterOfPolicy(scan: string): string | undefined {
  // The words before a line are counted until there are 600 (only that is asked).
  let start = 0;
  for (let wordsBefore = 0; wordsBefore < 600; start++) {
    const end = scan.indexOf('\n', start);
    if (end === -1) return undefined;
    wordsBefore += countRunsIn(scan, start, end);
    start = end;
  }
  // Of the lines after, only those with a hint of a name and short enough to be one are cut out.
  // No match of these regexes holds a line break: those of the text before a line are those of
  // the whole text that end before it, counted on from the last line's.
  const hints = SHARED.spans(NAME_HINT, scan);
  const self = SHARED.spans(TERMS_SELF, scan);
  let selfBefore = 0;
  const termsWords = prefixCount(TERMS, scan);
  const vocabulary = prefixCount(VOCABULARY, scan);
  for (let k = 0, from = start; k < hints.length; k += 2) {
    const at = hints[k]!;
    if (at < from) continue;
    const offset = scan.lastIndexOf('\n', at) + 1;
    const end = scan.indexOf('\n', at);
    const to = end === -1 ? scan.length : end;
    from = to + 1; // (the line's other hints)
    if (to - offset >= 80) continue;
    const line = scan.slice(offset, to);
    if (!/[.;!?,]\s*$/.test(line) && !/\]\(|^\s*[*+-]\s/.test(line) && namesPolicy(line.replace(/^\W*(?:(?:\d+|[ivx]+|[a-z])[.)]\s*)?/i, ''))) {
      while (selfBefore < self.length && self[selfBefore + 1]! <= offset) selfBefore += 2;
      if (selfBefore < 6) continue;
      const terms = termsWords(offset);
      if (terms >= 10 && terms > vocabulary(offset) / 3) return line.trim();
    }
  }
  return undefined;
}

/** The matches of a global regex in text.slice(0, end), for ends that grow from call to call: each call reads on from the last. */
function prefixCount(re: RegExp, text: string): (end: number) => number {
  re.lastIndex = 0;
  let n = 0;
  let next: RegExpExecArray | null | undefined;
  return (end) => {
    for (;;) {
      if (next === undefined) next = re.exec(text); // (null: no more)
      if (!next || next.index + next[0].length > end) return n;
      n++;
      next = undefined;
    }
  };
}

const INVISIBLE_RUN = new RegExp(`[${INVISIBLE_CHARS}]+`, 'g');

/**
 * The runs of non-space characters of `shown` = visible(text), from those that analyze() counted
 * in the text (knownRuns), when the whole text was counted: the characters taken out are not
 * spaces, so only a run made of them alone (" \u200B ") is gone.
 */
function visibleRuns(text: string, shown: string): number | undefined {
  const known = shown === text || text.length > SCAN ? undefined : knownRuns(text, SCAN);
  if (known === undefined) return undefined;
  let runs = known;
  INVISIBLE_RUN.lastIndex = 0;
  for (let m = INVISIBLE_RUN.exec(text); m; m = INVISIBLE_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if ((m.index === 0 || spaceBit(text.charCodeAt(m.index - 1))) && (end === text.length || spaceBit(text.charCodeAt(end)))) runs--;
  }
  return runs;
}

export function detectText(text: string, context: DetectContext = {}): Detection {
  // (The literal scan that counted the text's words noted whether it holds any of what `visible` takes out.)
  const given = text;
  if (!DOCUMENT_LITERALS.knownVisible(text)) text = visible(text);
  context = { url: context.url, title: context.title === undefined ? undefined : visible(context.title), headings: context.headings?.map(visible), embeddedPolicy: context.embeddedPolicy, scriptBuilt: context.scriptBuilt };
  const reasons: string[] = [];
  let score = 0;
  const scan = text.length > SCAN ? text.slice(0, SCAN) : text;
  // The words (runs of non-space characters); analyze() counted them with its own words.
  const words = Math.max(1, knownRuns(text, SCAN) ?? visibleRuns(given, text) ?? countRuns(scan));
  const opening = text.slice(0, 600);
  const openingSplit = opening.split('\n', 7);
  // The opening's whole lines (the last one may be cut off).
  const openingLines = openingSplit.slice(0, text.length > 600 ? -1 : undefined);
  // A capture that is mostly menus (one link a line) is measured by its prose, as a reader skips
  // the menus (analyzer/detect-signals.ts).
  const prose = proseWords(scan, SCAN, words);
  const measured = prose < words * 0.6 ? Math.max(prose, Math.min(words, 150)) : words;
  // "/tag/privacy", "/settings/privacy": a topic or a settings screen, whose name "Privacy" is not a policy's.
  const listing = listingUrl(context.url);

  const title = (context.title ?? '').trim();
  // The page's first heading (its <h1>, analyzer/page-headings.ts).
  const first = context.headings?.[0] ?? '';
  const firstLineOfWords = firstWordsLine(openingSplit);
  // Terms of service speak of data too ("Personal data is processed as set out in…"): the
  // passive and self-naming signals count only where terms' vocabulary is not as dense.
  const terms = countMatches(TERMS, scan);
  // The page's name or its first line of words names terms ("Terms of Service", "CONDITIONS
  // GÉNÉRALES D'UTILISATION" under a capture's page marker, "These Terms of Service apply to…").
  const wordsLine = firstLineOfWords.slice(0, 119);
  const termsOpening =
    [title, first, openingLines[0] ?? '', wordsLine].some((s) => s.length < 120 && TERMS_OPENING.test(s)) || TERMS_SELF_OPENING.test(wordsLine);
  const termsLike =
    (terms >= 5 && terms > countMatches(VOCABULARY, scan) / 3) ||
    TERMS_TITLE.test(title) ||
    termsOpening;
  // Short notices (a council's, a school's) state practices in the passive; a long text that
  // does so without speaking as the service is more often terms or guidelines.
  const passive = termsLike || measured > 1500 ? 0 : passiveStatements(scan, countMatches);
  const firstPerson = countMatches(FIRST_PERSON, scan) + THIRD_PERSON.reduce((n, re) => n + countMatches(re, scan), 0) + countThirdPersonEn(scan) + passive;
  const voice = (firstPerson * 1000) / measured;

  // Where the page says what it is.
  if (context.url && policySlug(context.url) && !listing) {
    score += 0.2;
    reasons.push('URL path names a privacy policy');
  }
  // A page named for its terms and its privacy policy together counts as named when its privacy
  // part is a whole policy (below).
  const combined = [title, first].some(combinedName);
  // A bare "Privacy" names the page; a bare "Data protection", "Datenschutz"… names it where its
  // text speaks as a policy (a news site's section "Data protection" reports in the third person).
  const bare = (s: string, re: RegExp): boolean => !listing && re.test(s) && (/^\W*privacy\W*(?:$|[|–—-])/i.test(s) || firstPerson >= 3);
  const titleIsPolicy = namesPolicy(title) || bare(title, BARE_NAME_TITLE);
  if (titleIsPolicy) {
    score += 0.25;
    reasons.push(`title "${title.slice(0, 80)}" names a privacy policy`);
  }
  // The page's own name is among its first headings; a section heading further down ("Privacy
  // Policy and User Data" in terms of service) is not.
  // The first heading may be a bare "Privacy", as a title may.
  const heading = (context.headings ?? []).slice(0, 3).find((h) => h.length < 120 && namesPolicy(h)) ?? (bare(first, BARE_NAME) ? first : undefined);
  if (heading) {
    score += 0.25;
    reasons.push(`heading "${heading.slice(0, 80)}" names a privacy policy`);
  } else if (openingLines.some((line) => line.length < 100 && !/[.;!?]\s*$/.test(line) && namesPolicy(line))) {
    score += 0.2;
    reasons.push('the opening names a privacy policy');
  } else if (POLICY_SELF_OPENING.test(firstLineOfWords)) {
    // A fragment without a name whose first sentence is the policy speaking of itself.
    score += 0.2;
    reasons.push('its first sentence names the text a privacy policy ("This Privacy Statement…")');
  }

  // What the text says. A page that names itself a policy needs less of it.
  // Opening lines count as names, not sentences that mention one ("…, read our Privacy Policy.").
  const named = [title, ...(context.headings ?? []).slice(0, 2), ...openingLines.slice(0, 4).filter((l) => !/[.;!?]\s*$/.test(l))].filter((s) => s.length < 120);
  // The text calls itself a privacy policy ("This Privacy Policy explains…"): named, even where
  // no title or heading does (a fragment in a help centre or an app's web view).
  const selfRefs = countMatches(SELF_REFERENCE, scan);
  const selfNamedInText = selfRefs >= 2 || (selfRefs === 1 && selfReferences(text, 3000) === 1);
  const namedPolicy = titleIsPolicy || !!heading || named.some((s) => policyName(s) !== null);
  if (firstPerson >= 4 && voice >= 2) {
    // A short policy needs fewer statements: about one per 100 words, between 4 and 12.
    score += 0.35 * Math.min(1, firstPerson / Math.max(4, Math.min(12, measured / 100))) * Math.min(1, voice / 4);
    reasons.push(`speaks of the reader's data as a policy does ${firstPerson} times (${voice.toFixed(1)} per 1000 words)`);
  }
  const vocabulary = countMatches(VOCABULARY, scan);
  const density = (vocabulary * 1000) / measured;
  if (density >= 8 || vocabulary >= 60 || (vocabulary >= 30 && firstPerson >= 10)) {
    const soNamed = namedPolicy || (selfNamedInText && !termsLike);
    score += 0.3 * Math.min(1, vocabulary / (soNamed ? 10 : 25)) * Math.min(1, density / (soNamed ? 10 : 15));
    reasons.push(`policy vocabulary: ${vocabulary} terms, ${density.toFixed(1)} per 1000 words`);
  }
  if (vocabulary >= 50 && density >= 20 && firstPerson >= 3) {
    score += 0.1;
    reasons.push('dense with policy vocabulary throughout');
  }
  const topics = TOPICS.filter((t) => SHARED.test(t.re, scan)).map((t) => t.id);
  if (topics.length >= 4) {
    score += Math.min(0.3, (topics.length - 3) * 0.06);
    reasons.push(`covers ${topics.length} policy topics (${topics.join(', ')})`);
  } else if (topics.length === 3 && measured < 500 && firstPerson >= 4) {
    // A short text (a notice, a fragment) has room for fewer topics.
    score += 0.08;
    reasons.push(`a short text that covers 3 policy topics (${topics.join(', ')})`);
  }
  // The two signals below are read only while the verdict is open — a named policy that speaks
  // as one is past 0.7 by now, and under 0.1 their 0.4 at most cannot reach 0.5 — over the
  // text's first EXTRA_SCAN characters.
  const open = score >= 0.1 && score < 0.7;
  // (scan is the text itself when it is no longer than EXTRA_SCAN.)
  const head = text.length > EXTRA_SCAN ? text.slice(0, EXTRA_SCAN) : scan;
  // The kinds of statement a policy is made of (rights, retention, sharing, legal basis…): a
  // text that speaks as the service and states several kinds reads as a policy, named or not.
  const kinds = open && firstPerson >= 3 && !termsLike ? STATEMENT_KINDS.filter((k) => k.re.test(head)).map((k) => k.id) : [];
  if (kinds.length >= 3) {
    score += kinds.length === 3 ? 0.04 : Math.min(0.2, 0.1 + (kinds.length - 4) * 0.05);
    reasons.push(`states ${kinds.length} kinds of policy practice (${kinds.join(', ')})`);
  }
  // A policy's section headings ("User Data", "Cookies", "Logs", "Your rights"), each followed
  // by prose: the structure of a policy, named or not. Cookie policies and agreements have such
  // headings too: they count where the text speaks as the service and is not terms.
  const cookieWords = countMatches(COOKIE_WORD, scan);
  const sections = open && firstPerson >= 4 && voice >= 2 && !termsLike && !(cookieWords >= 10 && cookieWords > countMatches(VOCABULARY, scan) * 0.55) ? sectionHeadingKinds(head, EXTRA_SCAN) : [];
  const strongSections = sections.filter((k) => !WEAK_SECTION_KINDS.has(k)).length;
  if (strongSections >= 3) {
    score += Math.min(0.2, 0.06 + (sections.length - 3) * 0.04);
    reasons.push(`has ${sections.length} kinds of a policy's section headings (${sections.join(', ')})`);
  }
  if (selfRefs >= 1 && !namedPolicy && firstPerson >= 2 && !termsLike) {
    score += selfNamedInText ? 0.15 : 0.05;
    reasons.push(`the text calls itself a privacy policy (${selfRefs} times)`);
  }
  if (prose < words * 0.6) reasons.push(`mostly menus or lists: measured by its ${prose} words of prose`);
  if (passive) reasons.push(`${passive} practices stated in the passive or of "the school", "the practice"…`);
  // Terms and a whole privacy policy on one page named for both: a policy (its privacy part is
  // what the label reads); "Terms of Service" alone with a privacy chapter is not.
  const wholeCombined = combined && ((topics.length >= 4 && (vocabulary >= 25 || firstPerson >= 10)) || privacyPartSpeaks(scan, openingLines.length));
  if (wholeCombined) {
    score = Math.max(score, 0.6);
    reasons.push('named for its terms and its privacy policy, and holds a whole policy');
  }

  // A page that names itself a policy in its title or first heading and speaks of personal
  // data throughout, if briefly, is one ("Privacy policy" with a few paragraphs).
  if ((titleIsPolicy || heading) && vocabulary >= 4 && (firstPerson >= 1 || topics.length >= 2) && score < 0.55) {
    score = Math.max(score, 0.5) + 0.05;
    reasons.push('names itself a privacy policy and speaks of personal data');
  } else if (selfNamedInText && !termsLike && !namedPolicy && vocabulary >= 6 && (firstPerson >= 2 || topics.length >= 3) && score < 0.55) {
    // The same when no name says it but the text calls itself a policy twice ("This Privacy Policy…").
    score = Math.max(score, 0.5) + 0.05;
    reasons.push('calls itself a privacy policy in its text and speaks of personal data');
  }

  // What it is instead.
  // A headline about a policy (news, a review, a how-to), on a page whose URL is not a policy's.
  const slug = !!context.url && policySlug(context.url);
  const headline = !titleIsPolicy && !heading && !slug && [title, first].find((s) => headlineAboutPolicy(s, s === first && !title.includes(first)));
  if (headline) {
    score -= 0.2;
    reasons.push(`"${headline.slice(0, 80)}" is a headline about a privacy policy, not its name`);
  }
  const termsDensity = (terms * 1000) / measured;
  if (TERMS_TITLE.test(title) && !titleIsPolicy && !wholeCombined && !(heading && heading === first)) {
    score = Math.min(score - 0.3, 0.45);
    reasons.push('title names terms or another legal document');
  }
  // Terms of service (not named for their privacy policy too) whose privacy policy is a chapter:
  // the page is the terms, whatever the chapter holds. A policy named by its title or first
  // heading, or a page named for both (above), is not concerned.
  const termsChapter = terms >= 10 && !titleIsPolicy && !heading && !wholeCombined ? termsChapterOfPolicy(scan) : undefined;
  if (termsChapter) {
    score = Math.min(score, 0.45);
    reasons.push(`terms of service whose privacy policy is a chapter ("${termsChapter.slice(0, 60)}"): the page is the terms`);
  }
  if (!namedPolicy && !wholeCombined && termsOpening) {
    score = Math.min(score - 0.25, 0.45);
    reasons.push('the opening names terms or another legal document');
  }
  const cookies = countMatches(COOKIE_WORD, scan);
  // The page's name (title, first heading, first line) says cookies; a section "Cookies" does not.
  const cookieNamed =
    COOKIE_NAME.test(title) || [first, openingLines[0] ?? ''].some((s) => s.length < 120 && !/^\W*cookies?\W*$/i.test(s) && COOKIE_NAME.test(s));
  const cookieHeavy = cookies >= 10 && cookies > vocabulary * 0.55;
  if (!namedPolicy && (cookieNamed || cookieHeavy)) {
    score -= cookieNamed && cookieHeavy ? 0.45 : 0.3;
    reasons.push(`a cookie policy rather than a privacy policy (${cookies} mentions of cookies)`);
  }
  if (terms >= 5 && termsDensity > density / 3 && !wholeCombined) {
    score -= Math.min(0.5, 0.1 + (termsDensity / Math.max(1, density)) * 0.3);
    reasons.push(`terms-of-service vocabulary: ${terms} terms, ${termsDensity.toFixed(1)} per 1000 words`);
  }
  // A page that no name calls a policy and that sends the reader to "our Privacy Policy" is about
  // data (a help article, a security or GDPR page), not the policy.
  if (score >= 0.35 && !namedPolicy && !selfNamedInText && !wholeCombined && head.search(REFERS_TO_POLICY) !== -1) {
    score -= 0.15;
    reasons.push('sends the reader to "our Privacy Policy" elsewhere');
  }
  // Questions and answers about privacy ("Privacy FAQ") answer briefly and send the reader to the policy.
  if (!titleIsPolicy && !heading && [title, first].some(faqName)) {
    score -= 0.25;
    reasons.push('a page of questions and answers (FAQ), not the policy');
  }
  // A very short policy is still a policy when the page calls itself one and the text says
  // something about personal data; otherwise little text means no policy.
  const selfNamed = titleIsPolicy || !!heading;
  // URL, title and first heading all name a policy: the page is one even with a few sentences.
  const namedThrice = titleIsPolicy && !!heading && !!context.url && policySlug(context.url);
  const shortButNamed =
    selfNamed && words >= 20 && (namedThrice ? vocabulary + firstPerson >= 2 : vocabulary + firstPerson >= 4 && (vocabulary >= 2 || firstPerson >= 3));
  if (vocabulary < 3 && !shortButNamed) {
    score = Math.min(score, 0.45);
    reasons.push('almost no policy vocabulary');
  }
  if (words < 80 && !shortButNamed) {
    score = Math.min(score, 0.45);
    reasons.push(`too short for a policy (${words} words)`);
  } else if (shortButNamed && words < 250 && score >= 0.45) {
    score = Math.max(score, 0.55);
    reasons.push(`a short text (${words} words) that calls itself a privacy policy and speaks of personal data`);
  }
  // A page that names itself a policy in its title or first heading, whose policy text a
  // generator's embed or a frame puts in: the policy's page, though its saved HTML lacks the text.
  if (context.embeddedPolicy && (titleIsPolicy || heading) && !listing) {
    score = Math.max(score, 0.6);
    reasons.push(`names itself a privacy policy, whose text ${context.embeddedPolicy} puts in`);
  }
  // A script-built shell whose HTML holds no text of its own, named a privacy policy by both its
  // title and its URL path ("Privacy Policy | Site" at /privacy-policy): the site's policy page,
  // its text written by its scripts in the browser. Named by one of them only, it is not.
  if (context.scriptBuilt && words < 60 && namesPolicy(title) && slug && !listing) {
    score = Math.max(score, 0.55);
    reasons.push(`title and URL path name a privacy policy; its text is not in the HTML as served (${context.scriptBuilt} write it in the browser)`);
  }
  // Last, as it overrides the short-policy rule: an article that opens by defining what a privacy policy is and never speaks as its author.
  if (firstPerson - passive <= 1 && DEFINES_A_POLICY.test(text.slice(0, 1500))) {
    score = Math.min(score - 0.3, 0.45);
    reasons.push('an article that defines privacy policies rather than one');
  }
  const confidence = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  return { isPolicy: confidence >= 0.5, confidence, reasons };
}

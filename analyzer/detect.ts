import type { Detection } from './types';
import { POLICY_NAME, POLICY_PATH } from './cheap-check';

/**
 * Is this text a privacy policy? A weighted sum of cheap signals, each named in `reasons`:
 * URL, title, opening heading, the density of policy vocabulary and the typical section
 * headings, against the vocabulary of terms of service. Linear in the text.
 */

const VOCABULARY =
  /\b(?:personal (?:information|data)|personally identifiable|collect(?:s|ed|ion)?|third[- ]part(?:y|ies)|cookies?|opt[- ]out|retain|retention|disclos(?:e|ure)|data protection|privacy|process(?:ing)? (?:of )?(?:your )?(?:personal )?data|data controller|gdpr|ccpa|personenbezogene|donn[ée]es personnelles|datos personales|dati personali|persoonsgegevens|dados pessoais)\b/gi;

const TOPICS: { id: string; re: RegExp }[] = [
  { id: 'collection', re: /\b(?:information|data) (?:we|that we|which we) (?:collect|gather|receive)|\bwhat (?:personal )?(?:information|data) (?:do )?we collect|\bcollection of (?:personal )?(?:information|data)|\bwelche daten|\bdonn[ée]es (?:que nous )?collect|\bdatos que recopilamos|\bdati raccolti|\bgegevens die wij|\bdados que coletamos/i },
  { id: 'use', re: /\bhow (?:do )?we use\b|\buse of (?:your )?(?:personal )?(?:information|data)|\bpurposes? of (?:the )?processing\b|\bzweck|\bfinalit[ée]s?\b|\bfinalidad/i },
  { id: 'sharing', re: /\b(?:share|disclose|sharing|disclosure of) (?:your )?(?:personal )?(?:information|data)|\bweitergabe|\bpartage|\bcompartir/i },
  { id: 'cookies', re: /\bcookies?\b/i },
  { id: 'rights', re: /\byour (?:privacy )?(?:rights|choices)\b|\bright to (?:access|erasure|object|rectification)|\bihre rechte|\bvos droits|\bsus derechos|\bi tuoi diritti|\buw rechten|\bseus direitos/i },
  { id: 'retention', re: /\b(?:data )?retention\b|\bhow long (?:do )?we (?:keep|retain|store)|\bspeicherdauer|\bconservation|\bconservaci[oó]n/i },
  { id: 'security', re: /\b(?:data )?security\b|\bprotect (?:your )?(?:personal )?(?:information|data)|\bdatensicherheit|\bs[ée]curit[ée]|\bseguridad/i },
  { id: 'children', re: /\bchildren(?:'s)?\b|\bunder (?:the age of )?1[3-8]\b|\bkinder|\benfants|\bmenores/i },
  { id: 'contact', re: /\bcontact us\b|\bdata protection officer\b|\bdatenschutzbeauftragte|\bd[ée]l[ée]gu[ée] [àa] la protection/i },
];

const TERMS =
  /\b(?:terms (?:of (?:service|use|sale)|and conditions)|you agree to (?:these|the) terms|governing law|limitation of liability|indemnif(?:y|ication)|arbitration|warrant(?:y|ies)|termination of (?:your )?account|intellectual property|licen[cs]e (?:to use|grant))\b/gi;

const TERMS_TITLE = /\b(?:terms|conditions|agreement|eula|acceptable use|guidelines|copyright|dmca|nutzungsbedingungen|\bagb\b|conditions g[ée]n[ée]rales|t[ée]rminos|condizioni|voorwaarden|termos)\b/i;

export interface DetectContext {
  url?: string;
  title?: string;
  /** Headings of the page, when the DOM gave them. */
  headings?: readonly string[];
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function detectText(text: string, context: DetectContext = {}): Detection {
  const reasons: string[] = [];
  let score = 0;
  const opening = text.slice(0, 400);
  const words = Math.max(1, (text.match(/\S+/g) ?? []).length);

  if (context.url) {
    let path = context.url;
    try {
      path = decodeURIComponent(new URL(context.url).pathname);
    } catch { /* keep the raw string */ }
    if (POLICY_PATH.test(path)) {
      score += 0.2;
      reasons.push('URL path names a privacy policy');
    }
  }
  const title = context.title ?? '';
  const titleIsPolicy = POLICY_NAME.test(title) && !TERMS_TITLE.test(title.replace(POLICY_NAME, ''));
  if (titleIsPolicy) {
    score += 0.25;
    reasons.push(`title "${title.slice(0, 80)}" names a privacy policy`);
  }
  if (POLICY_NAME.test(opening)) {
    score += 0.2;
    reasons.push('the opening names a privacy policy');
  }
  const vocabulary = countMatches(VOCABULARY, text.length > 400_000 ? text.slice(0, 400_000) : text);
  const density = (vocabulary * 1000) / Math.min(words, 60_000);
  if (density >= 8) {
    score += Math.min(0.35, density / 60);
    reasons.push(`policy vocabulary: ${density.toFixed(1)} terms per 1000 words`);
  }
  const topics = TOPICS.filter((t) => t.re.test(text)).map((t) => t.id);
  if (topics.length >= 4) {
    score += Math.min(0.3, topics.length * 0.04);
    reasons.push(`covers ${topics.length} policy topics (${topics.join(', ')})`);
  }
  const terms = countMatches(TERMS, text.length > 400_000 ? text.slice(0, 400_000) : text);
  const termsDensity = (terms * 1000) / Math.min(words, 60_000);
  if (TERMS_TITLE.test(title) && !titleIsPolicy) {
    score -= 0.3;
    reasons.push('title names terms or another legal document');
  }
  if (/^\W*(?:terms|conditions|end user license|acceptable use|community guidelines|copyright)/i.test(opening) && !POLICY_NAME.test(opening.slice(0, 60))) {
    score -= 0.25;
    reasons.push('the opening names terms or another legal document');
  }
  if (termsDensity > density / 3 && terms >= 3) {
    score -= 0.2;
    reasons.push(`terms-of-service vocabulary outweighs policy vocabulary (${termsDensity.toFixed(1)} per 1000 words)`);
  }
  if (words < 120) {
    score = Math.min(score, 0.45);
    reasons.push(`too short for a policy (${words} words)`);
  }
  const confidence = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  return { isPolicy: confidence >= 0.5, confidence, reasons };
}

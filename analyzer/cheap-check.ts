/**
 * The cheap check the content script runs on every page: URL, title and top headings only.
 * No text extraction, no layout. Kept apart from the analyzer so that the code injected into
 * every page stays tiny (like Readability's `isProbablyReaderable`).
 */

/** Policy names in the seven languages the detector knows. */
export const POLICY_NAME =
  /\b(?:privacy|data[- ]protection|personal (?:data|information))[- ](?:policy|notice|statement|information|center|centre|charter)\b|\bprivacy\b|\bdatenschutz\w*|\bconfidentialit(?:é|e\b)|\bdonn[ée]es personnelles\b|\bprivacidad\b|\bprotecci[oó]n de datos\b|\binformativa (?:sulla )?privacy\b|\bprivacybeleid\b|\bprivacyverklaring\b|\bprivacidade\b|\bprote[cç][aã]o de dados\b/i;

/**
 * A page's name that says it *is* a privacy policy ("Privacy Notice", "Cookie and Privacy
 * Statement", "Datenschutzerklärung", "Política de privacidad"…), not one that only mentions
 * privacy. The detector weighs titles, headings and openings with this one.
 */
export const STRONG_POLICY_NAME =
  /\b(?:privacy|data[- ]protection|personal (?:data|information)|privacy (?:and|&) cookies?|cookies? (?:and|&) privacy)[- ](?:policy|policies|notice|statement|information|charter|disclosure|commitment)\b|\bprivacy\s*(?:policy|notice)\b|\bdatenschutz(?:erkl[äa]rung|hinweise?|richtlinie|bestimmungen|information(?:en)?|politik)\b|\b(?:politique|charte|d[ée]claration|avis|notice) (?:de |relative [àa] la )?(?:confidentialit[ée]|protection des donn[ée]es)|\b(?:pol[ií]tica|aviso|declaraci[oó]n) de (?:privacidad|protecci[oó]n de datos)|\binformativa (?:sulla |per la |)?(?:privacy|riservatezza)|\binformativa (?:sul|al) trattamento|\bpolitica (?:sulla |per la |di )?(?:privacy|riservatezza)|\bprivacy(?:beleid|verklaring|reglement|statement)\b|\b(?:pol[ií]tica|aviso|declara[cç][aã]o) de (?:privacidade|prote[cç][aã]o de dados)/i;

const POLICY_PATH =
  /(?:^|[/_.-])(?:privacy|privacy-?policy|privacy-?notice|privacy-?statement|data-?protection|datenschutz\w*|confidentialite|politique-de-confidentialite|privacidad|politica-de-privacidad|informativa-?privacy|privacy-?informativa|informativa-sulla-privacy|privacybeleid|privacyverklaring|privacyreglement|privacidade|politica-de-privacidade|gdpr|dsgvo)(?:$|[/_.-])/i;

export interface CheapPage {
  url: string;
  title: string;
  /** The text of the first few h1/h2 headings. */
  headings: readonly string[];
}

export interface CheapVerdict {
  maybePolicy: boolean;
  reasons: string[];
}

/**
 * Every alternative of POLICY_NAME and POLICY_PATH contains one of these (lower case; a unit
 * test keeps it so). Most pages contain none of them in URL, title or headings, and then the
 * two big regexes are not run at all: their first run on a page is a compilation that costs
 * about a millisecond of the page's main thread.
 */
export const CHEAP_LITERALS = ['privac', 'datenschutz', 'confidentialit', 'donn', 'prote', 'informativa', 'personal', 'gdpr', 'dsgvo'];

const mayName = (s: string): boolean => {
  const lower = s.toLowerCase();
  return CHEAP_LITERALS.some((l) => lower.includes(l));
};

export function cheapCheck(page: CheapPage): CheapVerdict {
  if (!mayName(page.url) && !mayName(page.title) && !page.headings.some(mayName)) {
    // A percent-encoded path ("/datenschutzerkl%C3%A4rung") still shows its ASCII part; an
    // encoded letter inside a literal is decoded below, so look again in that rare case.
    if (!page.url.includes('%')) return { maybePolicy: false, reasons: [] };
  }
  const reasons: string[] = [];
  let path = '';
  try {
    const u = new URL(page.url);
    path = decodeURIComponent(u.pathname + u.hash);
  } catch {
    path = page.url;
  }
  if (POLICY_PATH.test(path)) reasons.push('url');
  if (POLICY_NAME.test(page.title)) reasons.push('title');
  if (page.headings.some((h) => h.length < 120 && POLICY_NAME.test(h))) reasons.push('heading');
  return { maybePolicy: reasons.length > 0, reasons };
}

export { POLICY_PATH };

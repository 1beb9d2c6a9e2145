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

/**
 * The headings of cookie and consent banners ("We value your privacy", "Privacy settings",
 * "Datenschutzeinstellungen", "Paramètres de confidentialité"…): they name privacy but the page
 * is a shop or a news article. A whole heading (or title) that is one of these does not count.
 * Not here, because real policies use them as headings ("Privacy Settings" in Goodreads',
 * "Your Privacy Matters" as Meredith's h1, "We Care About Your Privacy" in Tidelift's): those
 * three, bare. The content script also skips
 * every heading inside a dialog or a consent tool's element (utils/banner.ts), whatever it says.
 * Every alternative is anchored and has no nested quantifier (no backtracking blow-up).
 */
export const BANNER_HEADING =
  /^(?:we (?:value|respect) your privacy|your privacy (?:choices|options|preferences|settings|is important to us)|(?:manage |your )?privacy (?:preferences?|choices|options|controls)(?: cent(?:er|re))?|(?:manage |your )privacy settings|privacy settings cent(?:er|re)|manage (?:your )?privacy(?: settings)?|(?:privacy (?:&|and) cookie|cookie (?:&|and) privacy) (?:settings|preferences)|(?:ihre |deine )?datenschutz[- ]?(?:einstellungen|pr[äa]ferenzen|optionen)|datenschutz ist (?:uns|mir) wichtig|(?:vos |tes )?(?:param[èe]tres|pr[ée]f[ée]rences|choix) (?:de|en mati[èe]re de) confidentialit[ée]|g[ée]rer (?:vos |tes )?pr[ée]f[ée]rences de confidentialit[ée]|(?:nous respectons|nous nous soucions de) (?:votre|ta) confidentialit[ée]|(?:votre|ta) confidentialit[ée] (?:est importante|compte)|(?:valoramos|respetamos) (?:tu|su) privacidad|(?:tu|su) privacidad es importante|(?:configuraci[óo]n|preferencias|opciones|ajustes) de privacidad|(?:rispettiamo la|teniamo alla) tua privacy|la tua privacy [èe] importante|(?:impostazioni|preferenze|scelte) (?:della |sulla |per la )?privacy|(?:wij |we )?(?:respecteren|waarderen) (?:uw|je|jouw) privacy|(?:uw|je|jouw) privacy is (?:belangrijk|ons dierbaar)|privacy-?(?:instellingen|voorkeuren|keuzes)|(?:valorizamos|respeitamos) (?:a )?(?:sua|tua) privacidade|(?:a )?(?:sua|tua) privacidade [ée] importante|(?:configura[çc][õo]es|defini[çc][õo]es|prefer[êe]ncias) de privacidade)[.!]?$/i;

const isBanner = (s: string): boolean => BANNER_HEADING.test(s.trim().replace(/\s+/g, ' '));

/**
 * A policy's own section headings, which a page shows even where its title and URL are neutral
 * ("Legal | Site", /p/123) or its h1 is the site's name: "What information do we collect?",
 * "Information We Collect", "How we use your information", "Welche Daten wir erheben"… A help
 * article asks "How does Example use my data?"; a policy says what "we" collect or use. Run only on
 * headings holding one of SECTION_LITERALS, so most pages never compile it.
 */
export const SECTION_HEADING =
  /\b(?:information|data)\b[^.!?]{0,40}\bwe (?:collect|gather)\b|\bwe (?:collect|gather)\b[^.!?]{0,30}\b(?:information|data)\b|\bcollection of (?:your )?(?:personal )?(?:information|data)\b|\bhow (?:do )?we use (?:your |the |this )?(?:personal )?(?:information|data)\b|\bwelche (?:personenbezogenen )?daten\b[^.!?]{0,30}\b(?:erheben|verarbeiten)\b|\bdonn[ée]es (?:personnelles )?(?:que nous )?(?:collect|recueill)|\bdatos (?:personales )?que (?:recopilamos|recogemos|tratamos)\b|\bdati (?:personali )?(?:che )?(?:raccogliamo|raccolti|trattati)\b|\bgegevens (?:die )?(?:wij|we) (?:verzamelen|verwerken)\b|\bdados (?:pessoais )?(?:que )?(?:coletamos|recolhemos|tratamos)\b/i;
export const SECTION_LITERALS = ['we collect', 'we gather', 'we use', 'collection of', 'welche', 'que nous', 'que re', 'que tratamos', 'raccogliamo', 'raccolti', 'trattati', 'verzamelen', 'verwerken', 'coletamos', 'recolhemos', 'es collect', 'es recueill'];

const mayBeSection = (s: string): boolean => {
  const lower = s.toLowerCase();
  return s.length < 120 && SECTION_LITERALS.some((l) => lower.includes(l));
};

/**
 * Soft hyphens, zero-width spaces and word joiners, which sites put in the long words of titles
 * and headings ("Daten&shy;schutz&shy;erklärung", "Privacy&#8203;Policy"): invisible to a
 * reader, but they split a name for a regular expression. Taken out before anything is matched,
 * here and by detection (analyzer/detect.ts). The one list of them: the character table of
 * analyzer/text.ts and detection's runs of them are built from INVISIBLE_CHARS.
 */
export const INVISIBLE_CHARS = '\u00AD\u200B\u2060';
const INVISIBLE_CHAR = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
export const visible = (s: string): string => (s.search(INVISIBLE_CHAR) === -1 ? s : s.replace(INVISIBLE_CHAR, ''));

export function cheapCheck(input: CheapPage): CheapVerdict {
  const page = { url: input.url, title: visible(input.title), headings: input.headings.map(visible) };
  // A policy's section heading ("What information do we collect?") among the first headings.
  if (page.headings.some((h) => mayBeSection(h) && SECTION_HEADING.test(h))) return { maybePolicy: true, reasons: ['section heading'] };
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
  if (POLICY_NAME.test(page.title) && !isBanner(page.title)) reasons.push('title');
  if (page.headings.some((h) => h.length < 120 && POLICY_NAME.test(h) && !isBanner(h))) reasons.push('heading');
  return { maybePolicy: reasons.length > 0, reasons };
}

export { POLICY_PATH };

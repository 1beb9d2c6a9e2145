/**
 * More signals for `detectText` (analyzer/detect.ts), for the pages it missed or took wrongly:
 * a policy fragment that no title names, a capture that is mostly menus, a notice in the
 * passive voice, a topic listing or settings page at `/tag/privacy` or `/settings/privacy`, a
 * privacy FAQ, and a page named for both its terms and its privacy policy. Each is what a person
 * sees on the page; each pass is one regular expression or one loop over the text, linear in it.
 */

/**
 * The text calls itself a privacy policy: "This Privacy Policy describes…", "as set out in this
 * notice"… is how a policy speaks of itself; terms and news say "our" or "its Privacy Policy".
 * In the seven languages.
 */
export const SELF_REFERENCE =
  /\b(?:this|the present) (?:online |website |global |customer |app )?(?:privacy|data protection|data privacy|privacy and cookies?|cookies? and privacy) (?:policy|notice|statement|disclosure)\b|\bthis (?:policy|notice) (?:describes|explains|sets out|sets forth|details|outlines|applies|covers|tells you)\b|\bdiese(?:r|n)? datenschutz(?:erkl[äa]rung|hinweise?|informationen?|richtlinie)\b|\b(?:la pr[ée]sente|cette) (?:politique de confidentialit(?:é|e\b)|politique de protection des donn[ée]es\b|notice d.information\b)|\b(?:esta|la presente) (?:pol[ií]tica de privacidad|pol[ií]tica de protecci[oó]n de datos|pol[ií]tica de privacidade)\b|\b(?:la presente|questa) (?:informativa|privacy policy|politica (?:sulla |di )?privacy)\b|\bdeze (?:privacyverklaring|privacyverklaring|privacy ?(?:beleid|statement|policy))\b/gi;

/** The number of matches of a global regular expression in the text. */
export function countRegex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** How many times the text (its first `limit` characters) calls itself a privacy policy. */
export function selfReferences(text: string, limit = 400_000): number {
  return countRegex(SELF_REFERENCE, text.length > limit ? text.slice(0, limit) : text);
}

/**
 * A policy's practice stated in the passive voice or with a common noun for the organisation,
 * as councils, schools, practices and charities write: "Personal information is collected by the
 * council…", "Records are retained for six years", "The school collects…". Present, future or
 * modal only: news reports the past ("data was collected", "the app collected").
 */
export const PASSIVE_VOICE =
  /\b(?:personal (?:data|information)|(?:the |this |such |their |patient |pupil |tenant |client |member |user |customer |contact )?(?:information|data|details|records|ip address(?:es)?|e-?mail address(?:es)?|e-?mails|log files|logs|payment details|contact details)) (?:is|are|will be|may be|can be|shall be|will not be|is not|are not|is never|are never|may also be|will only be|is only|are only) (?:only |also |securely |automatically |then )?(?:collected|used|processed|stored|held|shared|disclosed|retained|kept|deleted|destroyed|passed|transferred|sold|obtained|recorded|logged)\b/gi;
export const COMMON_NOUN_VOICE =
  /\b[Tt]he (?:school|practice|council|club|charity|association|library|university|trust|foundation|society|clinic|hospital|agency|department|firm|bank|museum|hotel|church|centre|center|project|team|organiser|organizer|store|shop|business|research team|study|academy|college|surgery|partnership|federation|union|institute) (?:collects|holds|keeps|processes|uses|shares|stores|retains|obtains|records|discloses|may (?:collect|use|share|disclose|process|hold))\b/g;

/**
 * The number of practices stated in the passive or with a common-noun subject (English), in the
 * text's first `limit` characters. `count` counts one regex's matches: the detector hands in its
 * own, which reads COMMON_NOUN_VOICE from its shared literal scan.
 */
export function passiveStatements(text: string, count: (re: RegExp, text: string) => number = countRegex, limit = 400_000): number {
  const scan = text.length > limit ? text.slice(0, limit) : text;
  return count(PASSIVE_VOICE, scan) + count(COMMON_NOUN_VOICE, scan);
}

/**
 * The words of the text's prose: those on lines of six words or more that hold a mark of a
 * sentence (. , ; : ! ? or a closing bracket). A capture that is mostly menus (a language picker,
 * a side menu: one link a line; a sitemap footer whose 250 links run on one line without a
 * comma) has few of them, and its policy's vocabulary is then measured against its prose, as a
 * reader skips the menus.
 */
export function proseWords(text: string, limit = 400_000, words?: number): number {
  const end = Math.min(text.length, limit);
  if (words !== undefined) {
    // Words in short lines (five at most) are at most 5 a line: with more than 12.5 words a
    // line on average, 40% of them cannot be in short lines, and prose is taken to be at least
    // 60% (long lines without a sentence mark are rare in such a text).
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
    if (words > 12.5 * lines) return words;
  }
  let prose = 0;
  let line = 0;
  let marked = false;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (line >= 6 && marked) prose += line;
      line = 0;
      marked = false;
      inWord = false;
    } else if (c === 32 || c === 9 || c === 13 || c === 0xa0) inWord = false;
    else {
      // . , ; : ! ? ) and the ideographic full stop and comma.
      if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 0x3002 || c === 0x3001) marked = true;
      if (!inWord) {
        inWord = true;
        line++;
      }
    }
  }
  if (line >= 6 && marked) prose += line;
  return prose;
}

/**
 * A URL whose "privacy" is a topic, a tag or a settings screen, not a document:
 * `/topics/privacy`, `/tag/privacy`, `/category/data-protection`, `/settings/privacy`,
 * `/account/privacy`. A news site's listing of privacy stories and a product's privacy toggles
 * live there; a policy does not.
 */
const LISTING_SEGMENT = /^(?:tags?|topics?|themen|thema|th[eè]mes?|temas?|onderwerpen|categor(?:y|ies)|sections?|hubs?|subjects?|labels?|themes?|search|archives?|settings?|account|accounts|preferences|profile|dashboard|me|my|user|users|console|manage)$/i;
const BARE_PRIVACY = /^(?:privacy|data[-_]?protection|datenschutz|confidentialite|privacidad|privacidade)$/i;

export function listingUrl(url: string | undefined): boolean {
  if (!url) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = url;
  }
  const segs = path.split('/').filter(Boolean);
  const at = segs.findIndex((s) => BARE_PRIVACY.test(s));
  return at > 0 && segs.slice(0, at).some((s) => LISTING_SEGMENT.test(s));
}

/** A page named as questions and answers: "Privacy FAQ", "Frequently asked questions". */
const FAQ_NAME = /\b(?:faqs?|frequently asked questions|questions (?:and|&) answers|q ?& ?a|häufige fragen|foire aux questions|preguntas frecuentes|domande frequenti|veelgestelde vragen|perguntas frequentes)\b/i;

export function faqName(s: string): boolean {
  return s.length < 120 && FAQ_NAME.test(s);
}

/**
 * A page named for both its terms and its privacy policy: "Terms of Use and Privacy Policy",
 * "Terms & Privacy", "Legal: Terms and Privacy Policy". Such a page holds the site's policy
 * (its footer's privacy link leads to it), so it is one when its privacy part is a whole policy;
 * a page named "Terms of Service" alone, with a privacy chapter, is not (see detect.ts).
 */
const COMBINED_NAME =
  /\b(?:terms|conditions)(?: of (?:use|service|sale))?\s*(?:,|and|&|\+|\/)\s*(?:the )?privacy(?: (?:policy|notice|statement))?\b|\bprivacy(?: (?:policy|notice|statement))?\s*(?:,|and|&|\+|\/)\s*(?:the )?(?:terms|conditions)\b/i;

export function combinedName(s: string): boolean {
  return s.length < 120 && COMBINED_NAME.test(s);
}

/**
 * Names of a privacy notice that public bodies, schools and health services use instead of
 * "Privacy Policy": "How we use your information", "Fair processing notice", "Patient privacy
 * notice", "Privacy information for parents". (A help article asks "How does Example use my
 * data?"; a notice says what "we" do with "your" information.)
 */
export const NOTICE_NAME =
  /\bhow we (?:use|look after|handle|protect|collect and use|process|manage) your (?:personal )?(?:information|data)\b|\bfair processing notice\b|\b(?:patient|pupil|parent|member|customer|client|employee|staff|applicant|participant|visitor|resident|tenant)s?['’]? (?:privacy|information|data protection) notice\b|\bprivacy information (?:for|notice)\b/i;


/**
 * The first line of the text that reads as words (two words of three letters or more), past a
 * capture's "----- page 1 -----", an image's file name or a lone date: where a person starts to
 * read, and where terms name themselves ("CONDITIONS GÉNÉRALES D'UTILISATION", "These Terms of
 * Service apply to…").
 */
export function firstWordsLine(lines: readonly string[]): string {
  return lines.find((l) => (l.match(/\p{L}{3,}/gu) ?? []).length >= 2 && !/^[\W_]*(?:last )?(?:updated|effective|version)\b/i.test(l)) ?? '';
}

/**
 * A text whose first line of words opens by naming itself a privacy policy: "This Data Privacy
 * Statement is provided in English…", "This Privacy Policy explains how…" — not a headline or a
 * story about a change to one ("This privacy policy change angered users").
 */
export const POLICY_SELF_OPENING =
  /^[\W_]*(?:this|the present) (?:online |website |global |customer |app )?(?:privacy|data protection|data privacy|privacy and cookies?) (?:policy|notice|statement)\b(?!['’]s| (?:changes?|updates?|debate|row|scandal|fight|shift|overhaul|controversy|backlash|flap|generators?|templates?|builders?|examples?)\b)/i;

/** A text that opens by speaking of itself as terms: "These Terms of Service apply to…", "This Agreement governs…". */
export const TERMS_SELF_OPENING = /^\W*(?:these|this) (?:(?:general |website |user )?terms(?: of (?:service|use|sale))?|(?:user |license )?agreement|conditions(?: of use)?)\b(?! (?:and|&) (?:this )?privacy)/i;

/**
 * The statements a policy is made of, each of a kind that a person recognises in a few words
 * even where no title, heading or "this Privacy Policy" names the text (a fragment in a help
 * centre, an app's web view, a capture that is mostly menus): the reader's rights ("you have the
 * right to access…", "Recht auf Auskunft"), a retention period ("deleted after 30 days", "as
 * long as necessary"), sharing with third parties or not selling ("we do not sell…"), the legal
 * basis or the controller ("legitimate interest", "Art. 6 GDPR", "data protection officer"), what
 * cookies are for ("cookies to remember your login"), how the text may change ("we may update
 * this policy", "questions about this policy"), security measures ("appropriate technical and
 * organisational measures"), and the log data kept (IP address, browser type). A help article
 * or a settings page states one or two of them; a news report states them of others, in the
 * third person (the rule that uses them in detect.ts asks for the policy's voice too).
 */
export const STATEMENT_KINDS: readonly { id: string; re: RegExp }[] = [
  {
    id: 'rights',
    re: /\b(?:you|users?|data subjects?|individuals) (?:also )?(?:have|has|may have|are entitled to) (?:the |a |certain )?rights? (?:to|of)\b|\byou (?:can|may) (?:also )?(?:at any time )?(?:request|ask us|access|correct|delete|download|export|withdraw|opt[- ]out|unsubscribe)\b|\bright (?:to|of) (?:access|erasure|rectification|object|deletion|data portability|restrict|withdraw|lodge|be forgotten)|\brecht auf (?:auskunft|berichtigung|l[öo]schung|einschr[äa]nkung|widerspruch|daten[üu]bertragbarkeit)|\bdroit (?:d.acc[èe]s|d.opposition|d.effacement|de rectification|[àa] la portabilit)|\bderecho (?:de|a la?) (?:acceso|rectificaci|supresi|oposici|portabilidad|limitaci)|\bdiritto (?:di accesso|di rettifica|alla cancellazione|di opposizione|alla portabilit|di limitazione)|\brecht op (?:inzage|correctie|verwijdering|rectificatie|bezwaar|dataportabiliteit|beperking)|\bdireito (?:de acesso|de retifica|de elimina|de oposi|[àa] portabilidade)/i,
  },
  {
    id: 'retention',
    re: /\b(?:deleted|removed|erased|retained|kept|stored|anonymi[sz]ed|purged|destroyed) (?:\w+ ){0,3}?(?:for|after|within) (?:up to |a (?:period|maximum) of |at least |at most |no (?:more|longer) than )?(?:\d+|one|two|three|six|twelve|thirty|ninety|a) (?:days?|weeks?|months?|years?)\b|\b(?:no (?:more|longer) than|up to|a maximum of) (?:\d+|thirty|sixty|ninety) days\b|\bas long as (?:it is |is |they are |reasonably |strictly )?(?:necessary|needed|required)\b|\bno longer than (?:is )?(?:necessary|needed)\b|\b(?:gel[öo]scht|aufbewahrt|gespeichert), sobald\b|\bsolange (?:dies|es) (?:f[üu]r|zur) /i,
  },
  {
    id: 'sharing',
    re: /\b(?:share|disclose|sell|rent|trade|pass|transfer|provide)s? (?:\w+ ){0,4}?(?:with|to) (?:third[- ]part|any third|other third|our (?:partners|affiliates|service providers|subsidiaries|processors)|(?:trusted )?service providers|advertisers|law enforcement)|\b(?:do not|don['’]t|never|will not|won['’]t) (?:\w+ ){0,2}?(?:sell|rent|trade)\b|\bweitergabe (?:an|von) (?:dritte|daten)|\b(?:transmises?|communiqu[ée]es?) [àa] des tiers\b|\b(?:cedidos|comunicados) a terceros\b|\bcomunicati a terzi\b|\bverstrekt aan derden\b|\bcompartilhados com terceiros\b/i,
  },
  {
    id: 'basis',
    re: /\b(?:legal|lawful) bases?\b|\blegitimate interests?\b|\bdata (?:controller|protection officer)\b|\bsupervisory authority\b|\bart(?:icle|\.)? ?\d+ (?:\(\d\) |para\.? \d+ )?(?:\(?(?:lit\.? )?[a-f]\)? )?(?:of the )?(?:gdpr|dsgvo|rgpd|avg)\b|\brechtsgrundlage\b|\bberechtigte[sn]? interesse|\baufsichtsbeh[öo]rde\b|\bbase l[ée]gale\b|\bint[ée]r[êe]t l[ée]gitime\b|\bbase (?:jur[ií]dica|legal) (?:del|para el) tratamiento\b|\binter[ée]s leg[ií]timo\b|\bbase giuridica\b|\blegittimo interesse\b|\bgrondslag\b|\bgerechtvaardigd belang\b|\bbase legal\b|\bleg[ií]timo interesse\b/i,
  },
  {
    id: 'cookie purpose',
    re: /\bcookies? (?:\w+ ){0,4}?(?:to|that|which|in order to) (?:\w+ ){0,2}?(?:remember|keep you|track|store|collect|analy[sz]e|identify|recogni[sz]e|measure|understand how|personali[sz]e|log you)\w*\b/i,
  },
  {
    id: 'changes',
    re: /\b(?:questions|concerns|comments|complaints) (?:\w+ ){0,2}?(?:about|regarding|concerning|on) (?:this|our) (?:privacy |data protection )?(?:policy|notice|statement|practices)\b|\b(?:update|change|modify|amend|revise) this (?:privacy |data protection )?(?:policy|notice|statement)\b|\b(?:[äa]ndern|anpassen|aktualisieren) diese datenschutz|\bmodifier (?:la pr[ée]sente|cette) politique\b|\bmodificar (?:esta|la presente) pol[ií]tica\b|\bmodificare (?:la presente|questa) (?:informativa|privacy)\b|\bdeze privacyverklaring (?:te )?(?:wijzigen|aanpassen)\b|\balterar (?:esta|a presente) pol[ií]tica\b/i,
  },
  {
    id: 'safeguards',
    re: /\b(?:appropriate|reasonable|adequate|technical and organi[sz]ational|industry[- ]standard|commercially reasonable) (?:\w+ ){0,2}?(?:security )?(?:measures|safeguards|precautions)\b|\btechnische und organisatorische (?:ma[ßs]nahmen|sicherheitsma)|\bmesures (?:techniques et organisationnelles|de s[ée]curit[ée] appropri)|\bmedidas (?:t[ée]cnicas y organizativas|de seguridad (?:adecuadas|apropiadas))|\bmisure (?:tecniche e organizzative|di sicurezza adeguate)|\b(?:technische en organisatorische|passende beveiligings)maatregelen|\bmedidas (?:t[ée]cnicas e (?:administrativas|organizacionais)|de seguran[çc]a)/i,
  },
  {
    id: 'log data',
    re: /\b(?:ip[- ]address(?:es)?|log (?:files?|data)|server logs|browser type|device identifiers?|user[- ]agent|referr?(?:er|ing) (?:url|page|site))\b|\bip-adresse\b|\badresse ip\b|\bdirecci[oó]n ip\b|\bindirizzo ip\b|\bip-adres\b|\bendere[çc]o (?:de )?ip\b/i,
  },
];

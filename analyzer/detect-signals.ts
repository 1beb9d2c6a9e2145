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

/** A sentence mark (. , ; : ! ? ) and the ideographic comma and full stop) or a line's end: the first one on a line says whether the line is marked. */
const MARK_OR_END = /[.,;:!?)\u3001\u3002\n]/g;
/** The characters of JavaScript's \s other than the line break and the spaces that end a word in lineWords. */
const OTHER_SPACE = /[\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * The words of the text's prose: those on lines of six words or more that hold a mark of a
 * sentence (. , ; : ! ? or a closing bracket, or an ideographic comma or full stop). A capture
 * that is mostly menus (a language picker, a side menu: one link a line; a sitemap footer whose
 * 250 links run on one line without a comma) has few of them, and its policy's vocabulary is then
 * measured against its prose, as a reader skips the menus. A word is a run of characters other
 * than spaces, tabs, carriage returns and no-break spaces (lineWords). `words`, when given: the
 * runs of \S in the first `limit` characters (detectText's count of the words).
 */
export function proseWords(text: string, limit = 400_000, words?: number): number {
  const end = Math.min(text.length, limit);
  if (words !== undefined) {
    // Words in short lines (five at most) are at most 5 a line: with more than 12.5 words a
    // line on average, 40% of them cannot be in short lines, and prose is taken to be at least
    // 60%, less the long lines without a sentence mark (a sitemap's links run together).
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
    // (Looked for in a short text only: in a long one a footer's links weigh little.)
    if (words > 12.5 * lines) return end > 20_000 ? words : Math.max(0, words - unmarkedWords(text, end));
  }
  // `words` (above 1: detectText counts at least one), are the words of all the lines when the
  // text has no other space than those a word ends at here: the prose is then `words` less the
  // words of the other lines, and a marked line is read only until its sixth word.
  OTHER_SPACE.lastIndex = 0;
  const other = words !== undefined && words > 1 ? OTHER_SPACE.exec(text) : undefined;
  const total = other === null || (other && other.index >= end) ? words! : -1;
  let prose = 0;
  let outside = 0;
  for (let start = 0; start < end; ) {
    const at = markOrEnd(text, start, end);
    if (at < end && text.charCodeAt(at) !== 10) {
      const lineEnd = lineEndFrom(text, at, end);
      const n = lineWords(text, start, lineEnd, total >= 0 ? 6 : Infinity);
      if (n >= 6) prose += n;
      else outside += n;
      start = lineEnd + 1;
    } else {
      if (total >= 0) outside += lineWords(text, start, at);
      start = at + 1;
    }
  }
  return total >= 0 ? total - outside : prose;
}

/** The words of the lines of six words or more without a sentence mark, in text[0, end). */
function unmarkedWords(text: string, end: number): number {
  let n = 0;
  for (let start = 0; start < end; ) {
    const at = markOrEnd(text, start, end);
    let lineEnd = at;
    // Marked: skip to the line's end.
    if (at < end && text.charCodeAt(at) !== 10) lineEnd = lineEndFrom(text, at, end);
    else {
      const line = lineWords(text, start, lineEnd);
      if (line >= 6) n += line;
    }
    start = lineEnd + 1;
  }
  return n;
}

/** Where the first sentence mark or line break in text[start, end) is; `end` when there is none. */
function markOrEnd(text: string, start: number, end: number): number {
  MARK_OR_END.lastIndex = start;
  return MARK_OR_END.test(text) ? Math.min(MARK_OR_END.lastIndex - 1, end) : end;
}

/** The end of the line that holds `at`: its line break, or `end` when that comes first. */
function lineEndFrom(text: string, at: number, end: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 || nl > end ? end : nl;
}

/** The words of text[from, to) (a line or part of one): runs of characters other than space, tab, carriage return and no-break space; counted up to `most`. */
function lineWords(text: string, from: number, to: number, most = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n === most) break;
    }
  }
  return n;
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
  return lines.find((l) => twoWords(l) && !/^[\W_]*(?:last )?(?:updated|effective|version)\b/i.test(l)) ?? '';
}

const WORD_OF_THREE = /\p{L}{3,}/gu;

/** Does the line hold two words of three letters or more? (Looked for until the second, not listed.) */
function twoWords(line: string): boolean {
  WORD_OF_THREE.lastIndex = 0;
  return WORD_OF_THREE.test(line) && WORD_OF_THREE.test(line);
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

/**
 * A policy's section headings, by kind: what is collected, how it is used, sharing, cookies,
 * logs, retention, the reader's rights, the legal basis or controller — and, weaker (a security
 * page or a help article has them too), security, children, contact, changes. In the seven
 * languages. Tested on a heading line only (sectionHeadingKinds).
 */
export const SECTION_KINDS: readonly { id: string; re: RegExp }[] = [
  { id: 'collection', re: /\b(?:information|data|details)\b.{0,30}\b(?:we|you) (?:collect|gather|receive|provide|obtain|give)|\b(?:we|do we) (?:collect|gather)\b|^(?:(?:information|data) collect(?:ed|ion)|collection of|types of (?:personal )?(?:information|data)|categories of (?:personal )?data|(?:personal|user|account|usage|location|payment|technical|device) (?:data|information)$)|welche (?:personenbezogenen )?daten|^(?:erhobene|verarbeitete) (?:personenbezogene )?daten|^erhebung|donn[ée]es (?:personnelles )?(?:collect|recueill|que nous)|datos (?:personales )?(?:que (?:recopilamos|recogemos|tratamos)|recogidos|recopilados)|dati (?:personali )?(?:raccolti|trattati)|^tipi di dati|welke (?:persoons)?gegevens|gegevens die (?:wij|we)|dados (?:pessoais )?(?:coletados|que coletamos|recolhidos)/i },
  { id: 'use', re: /\bhow (?:do )?we use\b|\bwhat (?:do )?we use\b.{0,30}\bfor\b|\buse of (?:your )?(?:personal )?(?:information|data)|\bwhy (?:do )?we (?:collect|process|use)|^purposes?\b|\bpurposes? of (?:the )?(?:processing|use|collection)|^zweck|\bzwecke der|^finalit|\bfinalidad|\bdoeleinden|^waarvoor|\bfinalidades?\b/i },
  { id: 'sharing', re: /\b(?:shar(?:e|ing)|disclos(?:e|ure)(?: of)?|transfers? of) (?:your |the )?(?:personal )?(?:information|data)\b|\b(?:who|whom) (?:do )?we share\b|\bthird[- ]part(?:y|ies)\b|\bservice providers\b|\b(?:international|data) transfers?\b|\brecipients\b|\bweitergabe|\bempf[äa]nger|[üu]bermittlung|\bdestinataires|\bpartage|\bdestinatarios|\bcesi[oó]n|\bcomunicazione|\bdestinatari|\bdelen\b|\bderden\b|\bontvangers|\bcompartilhamento|\bdestinat[áa]rios/i },
  { id: 'cookies', re: /\bcookies?\b|\btracking technolog|\banalytics\b|\bweb beacons?\b|\btrackers?\b/i },
  { id: 'logs', re: /\blogs?\b|^(?:log (?:data|files?)|ip addresses|usage data|technical data|device information|server[- ]?log[- ]?(?:files|dateien)|logfiles?|protokolldaten)$/i },
  { id: 'retention', re: /\bretention\b|\bretain\b|\bhow long\b|\bstorage (?:period|duration)|^storage$|\bdeletion\b|\bspeicherdauer|\bdauer der speicherung|\bl[öo]schung|\bconservation|\bconservaci[oó]n|\bplazo|\bconservazione|\bbewaartermijn|\bhoe lang|\breten[cç][aã]o|\barmazenamento/i },
  { id: 'rights', re: /\byour (?:\w+ )?(?:rights|choices)\b|\b(?:access|correct|delete|update)(?:ing)? (?:to )?your\b|\bopt(?:ing)?[- ]out\b|\bdata subject rights\b|\bunsubscrib|\bright (?:of|to) (?:access|erasure|rectification|object)|\bihre rechte|\bbetroffenenrechte|\brechte der betroffenen|\bvos droits|\bdroits des|\bsus derechos|\bderechos de|\bi tuoi diritti|\bdiritti dell|\b(?:uw|jouw|je) rechten|\bseus direitos|\bdireitos do titular/i },
  { id: 'security', re: /\bsecurity\b|\bhow (?:do )?we (?:protect|secure|safeguard)|\bprotecting your|\bdatensicherheit|\bsicherheit\b|\bs[ée]curit[ée]|\bseguridad|\bsicurezza|\bbeveiliging|\bseguran[çc]a/i },
  { id: 'children', re: /\bchildren|\bminors\b|\bkids\b|\bunder (?:the age of )?1[3-8]\b|\bkinder|\benfants|\bmineurs|\bmenores|\bminori\b|\bkinderen|\bcrian[çc]as/i },
  { id: 'contact', re: /^contact(?:ing)?(?: us| information| details)?$|\bcontact us\b|\bhow to (?:contact|reach) us\b|\bquestions\b|\bdata protection officer\b|\bdpo\b|^kontakt|\bdatenschutzbeauftragte|\bnous contacter|^contacto?\b|^contatt[io]\b/i },
  { id: 'changes', re: /\bchanges? (?:to|in) (?:this|our|the)\b|\bupdates? (?:to|of) (?:this|our|the)\b|\b(?:policy|notice) (?:changes|updates)\b|^(?:changes|updates)$|[äa]nderung(?:en)? (?:dieser|der datenschutz)|^modifications?\b|^cambios\b|^modifiche\b|^wijzigingen\b|^altera[çc][õo]es\b/i },
  { id: 'basis', re: /\b(?:legal|lawful) bas(?:is|es)\b|\bcontroller\b|\bwho (?:is responsible|we are)\b|\bresponsible (?:party|body)\b|\brechtsgrundlage|\bverantwortliche|\bbase l[ée]gale|\bresponsable du traitement|\bbase (?:jur[ií]dica|legal)\b|\blegitimaci[oó]n|\bresponsable del tratamiento|\bbase giuridica|\btitolare\b|\bgrondslag|\bverwerkingsverantwoordelijke|\bcontrolador\b/i },
];

/** The kinds that a page on security, a help article or a FAQ shows as well: they do not count alone. */
export const WEAK_SECTION_KINDS: ReadonlySet<string> = new Set(['security', 'children', 'contact', 'changes']);

/** A heading line: short, no sentence mark at its end but a question's. */
const HEADING_LINE = /^[^.;,:!]{3,80}$/;
/** Numbering and Markdown before a heading's words: "## 3. ", "2\. ", "(b) ", "IV. ", "**". */
const HEADING_PREFIX = /^[\s#*_>\\|-]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-h])[.)\\]*\s+|\(\w{1,3}\)\s+)?[*_\s]*/i;

/**
 * The kinds of policy section (SECTION_KINDS) whose heading the text shows as a line of its own
 * followed by prose (a line of six words or more with a sentence mark), in its first `limit`
 * characters: "User Data", "Cookies", "Logs", "What do we use your information for?", "Ihre
 * Rechte"… A menu's or a footer's "Security", "Cookies", "Contact" are followed by more links,
 * not by prose, and do not count. Only short lines are cut out of the text.
 */
export function sectionHeadingKinds(text: string, limit = 30_000): string[] {
  const end = Math.min(text.length, limit);
  const found = new Set<string>();
  let heading = '';
  for (let start = 0; start < end; ) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > end) nl = end;
    const len = nl - start;
    const from = start;
    start = nl + 1;
    if (len < 4 && !text.slice(from, nl).trim()) continue; // a blank line keeps the heading
    if (heading && isProse(text, from, nl)) {
      for (const k of SECTION_KINDS) if (!found.has(k.id) && k.re.test(heading)) found.add(k.id);
      if (found.size === SECTION_KINDS.length) break;
    }
    heading = '';
    if (len <= 92) {
      const name = trimMarks(text.slice(from, nl).trim().replace(HEADING_PREFIX, ''));
      if (HEADING_LINE.test(name) && name.split(' ').length <= 10) heading = name;
    }
  }
  return [...found];
}

/** text[from, to) is a line of six words or more with a sentence mark (as proseWords counts prose); reads at most its first 400 characters. */
function isProse(text: string, from: number, to: number): boolean {
  if (to - from < 20) return false;
  const stop = Math.min(to, from + 400);
  const at = markOrEnd(text, from, stop);
  const marked = at < stop && text.charCodeAt(at) !== 10;
  return marked && lineWords(text, from, stop, 6) === 6;
}

/** The text without the Markdown emphasis marks and spaces at its end ("Cookies**"). */
function trimMarks(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); end > 0 && (c === 42 || c === 95 || c === 32 || c === 9); c = s.charCodeAt(--end - 1));
  return s.slice(0, end);
}


/**
 * The text sends the reader to the site's policy elsewhere: "read our Privacy Policy", "as
 * described in our Privacy Notice", "see our full privacy policy". A help article, a FAQ, a
 * security or GDPR page says so; a policy speaks of itself as "this policy".
 */
export const REFERS_TO_POLICY =
  /\b(?:read|see|review|visit|consult|refer to|check|described in|set out in|explained in|detailed in|found in|learn more in|details in|covered (?:by|in)|governed by) our (?:full |separate |main |complete )?(?:privacy|data protection) (?:policy|notice|statement)\b(?! (?:listed |set out |printed |found |given )?below| (?:that|which) follows)|\b(?:lesen|finden) sie (?:in )?unsere[rn]? datenschutzerkl[äa]rung\b|\b(?:consultez|voir|lisez) notre politique de confidentialit[ée]\b|\b(?:consulta|lee|ver) nuestra pol[ií]tica de privacidad\b|\b(?:consulta|leggi) la nostra (?:informativa|privacy policy)\b|\b(?:lees|bekijk|zie) (?:ons|onze) privacy(?:beleid|verklaring|statement)\b|\b(?:consulte|leia|veja) (?:a )?nossa pol[ií]tica de privacidade\b/gi;

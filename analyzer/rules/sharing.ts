import type { RuleTable, RuleValue } from './types';
import { SHARE, SOME_DATA_ONLY } from './common';

/** Who else gets the data. */

/**
 * Third parties a policy names, with the name the label shows. Browsers and operating
 * systems ("Google Chrome", "Apple Safari", "Microsoft Edge") are instructions, not recipients.
 */
const PARTIES: readonly [RegExp, string][] = [
  [/^google\s?anal(?:ytics|tyics|itics)$/i, 'Google Analytics'],
  [/^google\s?(?:ads|adwords|adsense)$/i, 'Google Ads'],
  [/^google tag manager$/i, 'Google Tag Manager'],
  [/^doubleclick$/i, 'DoubleClick'],
  [/^(?:amazon web services|aws)$/i, 'Amazon Web Services'],
  [/^mail ?chimp$/i, 'Mailchimp'],
  [/^(?:facebook|meta) pixel$/i, 'Facebook Pixel'],
  [/^paypal$/i, 'PayPal'],
  [/^hubspot$/i, 'HubSpot'],
  [/^sendgrid$/i, 'SendGrid'],
  [/^youtube$/i, 'YouTube'],
  [/^linkedin$/i, 'LinkedIn'],
  [/^tiktok$/i, 'TikTok'],
  [/^new relic$/i, 'New Relic'],
  [/^appnexus$/i, 'AppNexus'],
];
const PARTY_SOURCE =
  '\\b(?:google\\s?anal(?:ytics|tyics|itics)|google\\s?(?:ads|adwords|adsense)|google tag manager|doubleclick|google(?!\\s(?:chrome|play|maps api))|facebook pixel|meta pixel|facebook|instagram|twitter|linkedin|pinterest|youtube|tiktok|snapchat|paypal|stripe|braintree|authorize\\.net|worldpay|adyen|amazon web services|aws|amazon(?!\\s(?:kindle|fire|echo|alexa))|mail ?chimp|sendgrid|hubspot|salesforce|zendesk|intercom|mixpanel|hotjar|segment\\.(?:io|com)|amplitude|cloudflare|shopify|twilio|microsoft(?!\\s(?:internet explorer|edge|windows|word))|adobe(?!\\s(?:flash|reader|acrobat))|oracle|criteo|appnexus|quantcast|comscore|nielsen|optimizely|new relic|sentry|zoom|dropbox|akamai|taboola|outbrain)\\b';
const PARTY = new RegExp(PARTY_SOURCE, 'i');
const PARTY_G = new RegExp(PARTY_SOURCE, 'gi');

/** The sentence treats the named company as a recipient, a service or an embedded feature. */
const NAMED_CONTEXT = new RegExp(
  `${SHARE.source}|\\b(?:use[sd]?|using|provided by|powered by|hosted|service|analytics|payment|pay|plugins?|buttons?|widgets?|features?|privacy polic(?:y|ies)|cookies?|pixels?|processor|processing|send|sends|sent)\\b`,
  'i',
);

function canonicalParty(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  for (const [re, name] of PARTIES) if (re.test(flat)) return name;
  return flat.charAt(0).toUpperCase() + flat.slice(1).toLowerCase();
}

function namedParties(m: RegExpExecArray, sentence: string): RuleValue[] {
  const seen = new Set<string>();
  const out: RuleValue[] = [];
  // `m` is PARTY's first match in the sentence: none starts before it.
  PARTY_G.lastIndex = m.index;
  for (let p = PARTY_G.exec(sentence); p; p = PARTY_G.exec(sentence)) {
    const name = canonicalParty(p[0]);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ value: name });
  }
  return out;
}

/**
 * A denial of selling narrower than "we do not sell your data": only e-mail addresses or
 * mailing lists, or only to spammers, brokers or for the buyer's own marketing, or only in the
 * word's everyday sense ("as the term is traditionally understood": the CCPA's is broader). The
 * policy may still sell otherwise, so it does not contradict a general statement.
 */
const SALE_NARROW =
  /\bas (?:the|that|this|such) terms?\b[^.]{0,30}?\b(?:is|are) (?:commonly|traditionally|generally|typically|usually|ordinarily) (?:understood|used)\b|^[^.]{0,40}?\b(?:e-?mail address(?:es)?|e-?mail lists?|mailing lists?)\b(?![^.]{0,30}\b(?:or|and) (?:any )?(?:other )?(?:personal|information|data))|\bto (?:spammers|list brokers|data brokers|telemarketers|(?:third[- ]part(?:y|ies)|others|anyone|marketers|advertisers|(?:other )?companies)\b[^.]{0,20}?\bfor (?:their|its) (?:own )?(?:direct )?(?:marketing|advertising))\b/i;

/**
 * A denial of sharing narrower than "we do not share your data with anyone": only for the
 * recipients' own marketing, only some data, only with some recipients ("with third parties
 * for their direct marketing", "your e-mail address", "third parties who are not …").
 */
const SHARE_NARROW =
  /^[^.]{0,100}?\b(?:for (?:their|its) (?:own )?(?:direct )?(?:marketing|advertising|commercial)|for (?:marketing|advertising|promotional|commercial) purposes|in connection with|as (?:the term is |that term is )?defined|e-?mail address(?:es)?|credit card|payment (?:card )?(?:information|details)|(?:unrelated|unaffiliated|non-affiliated) (?:third[- ]part(?:y|ies)|companies)|(?:third[- ]part(?:y|ies)|others|companies) (?:who|that|which) (?:are not|do not|are outside)|third[- ]party (?:ad|advertising|marketing) (?:networks?|companies|partners)|(?:third[- ]party )?(?:vendors|marketers|advertisers|spammers|ad networks?))\b/i;
/**
 * The sentence denies less than all sharing: a kind of data ("this information"), another's act
 * ("we do not allow our service providers to share"), a commitment, or an exception that points
 * at the sharing the policy describes ("except as described in this Privacy Policy", "except in
 * the following circumstances"). Other exceptions ("except to the extent necessary to run the
 * service") leave a scoped "no".
 */
const SHARE_NARROW_SENTENCE =
  /\b(?:(?:this|such|these|that) (?:personal )?(?:information|data)|any of this|(?:authori[sz]e|permit|allow|let)\w* (?:our |these |such |the |your )?(?:service providers|vendors|them|third[- ]parties|partners|child|children|users?)\b|committed to not|\b(?:except|other than|apart from|save)(?: as| in| for)? (?:(?:otherwise |specifically |expressly )?(?:described|set (?:out|forth)|provided|outlined|stated|explained|noted|detailed|specified|disclosed|listed)|the (?:following|limited|few)|follows|below|above)\b)/i;

export const sharing: RuleTable = {
  section: 'sharing',
  hedgeable: true,
  // "We do not share your data with advertisers", not "We have no affiliates"
  denialVerbs: /^(?:shar|sell|sold|rent|trad|disclos|transfer|giv|gave|provid|releas|leas|exchang|mak|distribut|pass|allow|permit|licens|barter|use|work|partner|engag|send|sent|offer|publish|post|display|mak)/i,
  // "We are not in the business of selling it to service providers, and share it with them only
  // as described": a sale denied, not the sharing.
  narrowVerbs: /^(?:sell|sold|rent|leas|trad|barter)/i,
  rules: [
    {
      id: 'sharing/service-providers/providers',
      item: 'service-providers',
      pattern: /\b(?:(?<!internet )(?:third[- ]party )?service providers?|vendors|contractors|sub-?processors|hosting providers?|suppliers|(?:companies|partners|parties|providers) (?:who|that) (?:assist|help|perform|provide|process)|(?:who|that) (?:assist|help) us (?:in|with|to)|on our behalf)\b/i,
      context: SHARE,
      example: 'We may share your information with service providers who host our website.',
      counterExamples: ['Our service is provided as is.', 'We share aggregate statistics such as your Internet service provider and browser type.'],
    },
    {
      id: 'sharing/payment-processors/processors',
      item: 'payment-processors',
      pattern: /\b(?:payment (?:services? )?(?:processors?|providers?|processing|gateways?|services? providers?|platforms?)|third[- ]party payment|outside platform to bill|billing (?:services? )?providers?|paypal|stripe|braintree|authorize\.net|worldpay|adyen)\b/i,
      context: new RegExp(`${SHARE.source}|\\b(?:collect\\w*|process\\w*|bill|pay|handled)\\b`, 'i'),
      example: 'We will share transaction data with our payment services providers only to process your payments.',
      counterExamples: ['Payment is due within 30 days of the invoice.'],
    },
    {
      id: 'sharing/advertisers/partners',
      item: 'advertisers',
      pattern: /\b(?:advertis(?:ers|ing (?:partners|networks?|companies|platforms))|marketing and advertising (?:partners|platforms|companies)|ad (?:networks?|partners|servers?)|third[- ]party advertis(?:ers|ing (?:partners|companies|networks?))|marketing partners)\b/i,
      context: SHARE,
      // "We do not share information that personally identifies you with advertisers": they may get other data.
      narrowSentence: SOME_DATA_ONLY,
      example: 'We may share your information with marketing partners to facilitate marketing campaigns.',
      counterExamples: ['We use advertising to fund our free service.'],
    },
    {
      id: 'sharing/advertisers/their-ads',
      item: 'advertisers',
      pattern: /\b(?:enabl|allow|permit)\w* them to (?:deliver|send|serve|show|market)\w*|(?:for|to) (?:their|its) own (?:direct )?(?:marketing|advertising)(?: purposes)?\b/i,
      context: SHARE,
      // Not for the recipients' own ads: the policy may still work with ad networks for its own.
      scopedDenial: true,
      example: 'We do not share your information with third parties for the purpose of enabling them to deliver their advertisements to you.',
      examplePolarity: 'no',
      counterExamples: ['Our partners show you their products on our website.'],
    },
    {
      id: 'sharing/analytics-providers/analytics',
      item: 'analytics-providers',
      pattern: /\b(?:analytics? (?:providers?|partners?|services?|companies|tools?|vendors?)|google\s?anal(?:ytics|tyics)|third[- ]party analytics|web(?:site)? analytics|mixpanel|hotjar|amplitude|matomo|adobe analytics)\b/i,
      context: new RegExp(`${SHARE.source}|\\b(?:use[sd]?|using|provided by|by third[- ]part(?:y|ies))\\b`, 'i'),
      narrowSentence: SOME_DATA_ONLY,
      example: 'We may use website analytics tools provided by third parties.',
      counterExamples: ['Analytics is the study of data.'],
    },
    {
      id: 'sharing/affiliates/affiliates',
      item: 'affiliates',
      pattern: /\b(?:affiliates?|affiliated (?:companies|entities|businesses|organi[sz]ations)|subsidiar(?:y|ies)|parent compan(?:y|ies)|(?:group|sister) compan(?:y|ies)|corporate family|within (?:the |our )?[^.,;]{0,40}?\bgroup)\b/i,
      context: SHARE,
      example: 'We may transfer information that we collect about you to affiliated entities.',
      counterExamples: ['Our company has no affiliates.'],
    },
    {
      id: 'sharing/business-transfer/merger',
      item: 'business-transfer',
      pattern: /\b(?:mergers?|bankruptc(?:y|ies)|change (?:of|in) (?:control|ownership)|business transfers?|corporate (?:divestitures?|transactions?|reorgani[sz]ations?)|(?:sale|reorgani[sz]ation|transfer)(?: or (?:reorgani[sz]ation|transfer|sale))? of (?:all or (?:a )?(?:part|portion) of |some or all of |substantially all of |all or substantially all of )?(?:our |its |the )?(?:company|business|assets|stock|service|services))\b/i,
      example: 'We may need to share your information in connection with the sale or reorganization of all or part of our business.',
      counterExamples: ['We sell software licenses to businesses.'],
    },
    {
      id: 'sharing/law-enforcement/legal-requests',
      item: 'law-enforcement',
      pattern: /\b(?:law enforcement|subpoenas?|court orders?|warrants|legal process(?:es)?|government(?:al)? (?:authorit(?:y|ies)|agenc(?:y|ies)|requests?)|public authorit(?:y|ies)|(?:required|compelled|obliged|obligated) (?:to do so )?by law|legally (?:bound|obliged|required|compelled)|prosecution (?:services|authorities)|prosecutors?|legal requirements?|(?:comply|compliance) with (?:a |an |any |applicable )?(?:laws?|legal ob\w*gations?)|court[- ]ordered (?:legal )?(?:requests?|demands?))\b/i,
      context: /\b(?:disclos\w*|shar(?:e|es|ed|ing)|release[sd]?|respond\w* to|comply with (?:a |an |any |all )?(?:court|lawful|valid)|provide\w*\s(?:[\w-]+\s){0,2}?(?:information|data)|hand(?:ed)? over|transfer\w*|access|preserv\w*)\b/i,
      example: 'We will disclose your information where required to do so by law or if subject to subpoena.',
      counterExamples: ['This policy is governed by the law of England.'],
    },
    {
      id: 'sharing/public/public',
      item: 'public',
      pattern: /\b(?:public(?:ly)? (?:available|visible|accessible|display\w*|forums?|profiles?|areas?)(?! sources)|(?:displayed|shown|visible|viewable|posted) publicly|make\w* [^.?]{0,60}?\bpublic\b|(?:made|considered|become|becomes|deemed) public\b|available to (?:others|other users|the public|anyone)|viewable by (?:others|anyone|the public|other users)|for publication|public-facing)/i,
      example: 'Any personally identifiable information you elect to make publicly available on our websites will be available to others.',
      counterExamples: ['We collect information from publicly available sources.'],
    },
    {
      id: 'sharing/social-networks/networks',
      item: 'social-networks',
      pattern: /\b(?:social (?:media|network(?:ing)?) (?:sites?|platforms?|services?|networks?|providers?|partners?|companies)|facebook|twitter|instagram|linkedin|pinterest|tiktok)\b/i,
      context: SHARE,
      narrowSentence: SOME_DATA_ONLY,
      example: 'We may share information with social media platforms when you choose to connect your account.',
      counterExamples: ['Follow us on Twitter for news.'],
    },
    {
      id: 'sharing/sale/sell-data',
      item: 'sale',
      narrowVerbIsItem: true,
      // Not the CCPA's vocabulary: "Do Not Sell My…", "request that we not sell", "the purposes
      // for collecting or selling", "we collect, use, disclose, and sell" (rights to know),
      // "businesses that sell" (the law described).
      pattern: /\b(?<!(?:not to|to not|stop|refrain from|collecting,? (?:and|or)|disclosing,? (?:and|or)|processing and\/or|disclose,? (?:and|or)|disclosed,? (?:and|or)|(?:businesses|companies|a business) (?:that|which|who)) ["“]?)(?<!buy(?:ing)? (?:and|or) )(?<!opted[- ]out from \w{1,30} )(?!sell (?:or share )?my\b)(?:sell|sells|selling|rent|rents|renting|trade|trades|trading|lease|leasing|barter)\b(?! process| products?\b| goods| items| merchandise| tickets| assets| (?:the |our )?(?:business|company))[^.]{0,60}?\b(?:(?:personal|your|user|users'?|customer|member|visitor)\b[^.]{0,25}?\b(?:information|data|details|lists?)|personally identifiable|PII|(?:e-mail|email) (?:address(?:es)?|lists?)|mailing lists?)/i,
      narrowDenial: SALE_NARROW,
      example: 'We will not rent or sell your personally identifiable information to others.',
      examplePolarity: 'no',
      counterExamples: [
        'To opt out, click Do Not Sell My Personal Information at the bottom of the page.',
        'As part of the buying and selling process, we collect the personal information you give us.',
        'You may request that we stop selling your personal information.',
        'When you buy or lease a vehicle from a dealer, the dealer will share your information with us.',
        'If we choose to buy or sell assets, user information is typically one of the transferred assets.',
        'You have the right to know the business or commercial purpose for collecting or selling the personal information.',
        'You may request that we disclose what personal information we collect, use, disclose, and sell.',
        'We may buy or sell/divest/transfer the company (including any shares in the company), or any combination of its products.',
        'We may also sell, assign or otherwise transfer such information in the course of corporate divestitures.',
      ],
    },
    {
      id: 'sharing/sale/no-sale-of',
      item: 'sale',
      narrowVerbIsItem: true,
      pattern: /\b(?:no|never any) (?:sale|selling|rental|renting|trading) of (?:your |any |user |customer |our users['’] )?(?:personal )?(?:data|information)\b/i,
      polarity: 'no',
      example: 'With the exception of payment data, we will not disclose your data. There will be no sale of data.',
      examplePolarity: 'no',
      counterExamples: ['You have the right to opt out of the sale of personal information.'],
    },
    {
      id: 'sharing/sale/sold-passive',
      item: 'sale',
      narrowVerbIsItem: true,
      // Not the right to know "whether your personal information is sold".
      pattern: /\b(?<!(?:whether|if) (?:your |their )?(?:personal )?)(?:information|data|details|PII)\b[^.]{0,30}?\b(?:be|is|are|being|get|gets)\s(?:\w+ly\s)?(?:sold|rented|traded|leased)\b/i,
      narrowDenial: SALE_NARROW,
      example: 'Your personal information will never be sold to anyone.',
      examplePolarity: 'no',
      counterExamples: [
        'Your information such as customer names and email addresses may be among the items sold in such a transaction.',
        'You have the right to know whether your personal information is sold or disclosed, and to whom.',
      ],
    },
    {
      id: 'sharing/sale/considered-sale',
      item: 'sale',
      narrowVerbIsItem: true,
      pattern: /\b(?:engag(?:e|es|ed|ing) in (?:the )?(?:sale|selling|renting) of (?:your |personal |user |customer )?(?:information|data)|(?:considered|deemed|constitutes?|qualif(?:y|ies) as|may be) (?:a )?["“']?(?:sale|selling)\b["”']? of)/i,
      example: 'Some of the sharing described above may be considered a sale of personal information under California law.',
      counterExamples: [
        'You have the right to opt out of the sale of your personal information.',
        'Sale of Personal Information.',
        'We engage in sales of goods and services to members and advertisers.',
      ],
    },
    {
      // Sharing in general, whoever gets it: "We do not share your personal information with
      // third parties", "Will you share my information? No." (an extension of shared/LABEL.md:
      // no other item says whether the data goes to anyone at all; README "Accuracy").
      // Selling is the sale item; "you may share your profile with others" is the reader's act.
      id: 'sharing/third-parties/with-anyone',
      item: 'third-parties',
      pattern:
        /\b(?<!\byou (?:may |can |could |choose to |decide to |elect to )?)(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|releas(?:e|es|ed|ing)|pass(?:es|ed|ing)? (?:on|along)|mak(?:e|es|ing) available)(?!\s+of\b)\s[^.;:?]{0,60}?\b(?:information|data|details|PII)\b[^.;:?]{0,30}?\b(?:with|to)\s(?:any\s)?(?:(?:other|outside|unaffiliated|non-affiliated|unrelated|external)\s)?(?:third[- ]part(?:ies\b|y\b(?![- ](?!(?:for|to|with|without|except|unless|in|on|or|and|who|that|which|as|at|under|outside|other|nor|if|whatsoever)\b)[a-z]))|anyone|anybody|others|outside (?:parties|companies|organi[sz]ations)|other (?:companies|organi[sz]ations|parties|businesses))\b(?![^.?]{0,80}\?)/i,
      narrowDenial: SHARE_NARROW,
      narrowSentence: SHARE_NARROW_SENTENCE,
      example: 'We may share your information with third parties as described below.',
      counterExamples: [
        'You may share your information with others through your public profile.',
        'We do not share your personal information with third parties for their direct marketing purposes.',
        'We do not sell your personal information to third parties.',
        'We share information with our service providers.',
        '**Do we disclose any information to outside parties?**',
        'You can opt out of sharing personal information with third-party advertisers.',
        'We will not use or share your information with anyone except as described in this Privacy Policy.',
      ],
    },
    {
      // The recipient before the data: "We don't sell, trade, or otherwise transfer to outside
      // parties your Personally Identifiable Information" (the CalOPPA template). Three rules
      // rather than one pattern: each has its own words for the prefilter to require.
      id: 'sharing/third-parties/to-anyone-data',
      item: 'third-parties',
      pattern:
        /\b(?<!\byou (?:may |can |could |choose to |decide to |elect to )?)(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|releas(?:e|es|ed|ing)|pass(?:es|ed|ing)? (?:on|along))\s(?:to|with)\s(?:any\s)?(?:third[- ]part(?:y|ies)|anyone|anybody|others|outside parties)\s(?:any\s|of\s)?(?:your\s|our (?:users|customers|visitors)['’]?\s)?(?:personal(?:ly identifiable)?\s)?(?:information|data|details|PII)\b(?![^.?]{0,80}\?)/i,
      narrowDenial: SHARE_NARROW,
      narrowSentence: SHARE_NARROW_SENTENCE,
      example: 'We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.',
      examplePolarity: 'no',
      counterExamples: ['You may give to others your personal information at your own risk.'],
    },
    {
      // No recipient named, so nobody: "DuckDuckGo does not collect or share personal information."
      id: 'sharing/third-parties/share-nothing',
      item: 'third-parties',
      pattern:
        /\b(?:not|never|n['’]t)\s(?:\w+\s(?:or|and|nor)\s)?(?:shar(?:e|es|ing)|disclos(?:e|es|ing))\s(?:your\s|any\s|any of your\s)?(?:personal(?:ly identifiable)?\s)?(?:information|data)(?=[*_]*(?:[.!;]|$))/i,
      narrowDenial: SHARE_NARROW,
      narrowSentence: SHARE_NARROW_SENTENCE,
      example: 'DuckDuckGo does not collect or share personal information.',
      examplePolarity: 'no',
      counterExamples: ['We do not share personal information, except with the service providers listed below.'],
    },
    {
      // The FAQ question, answered by a bare "No" or "Yes": "Will you share my information?".
      id: 'sharing/third-parties/question',
      item: 'third-parties',
      pattern: /^\W*(?:will|do|does|would|can|may|could)\s(?:we|you|it|they|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?(?:\s[A-Z][\w.&-]*)?)\s(?:ever\s)?(?:share|disclose|give|pass on|transfer|provide)\s(?:any of\s)?(?:your|the|any)\s(?:personal\s)?(?:information|data|details)(?:\s(?:with|to)\s(?:anyone|anybody|others|third[- ]parties|other companies))?\s*\?/i,
      polarity: 'yes',
      example: 'Will you share my information? No.',
      examplePolarity: 'no',
      counterExamples: ['Why do we share your information?', 'Will you share my information with advertisers? No.'],
    },
    {
      // libreoffice: "A transfer of the data to third parties does not take place."
      id: 'sharing/third-parties/no-transfer',
      item: 'third-parties',
      pattern:
        /\b(?:transfer|disclosure|sharing|passing on|forwarding)\sof\s(?:the\s|your\s|any\s)?(?:personal\s)?(?:data|information)\sto\s(?:any\s)?third[- ]part(?:y|ies)\s(?:does not|will not|shall not|doesn['’]t|won['’]t|will never)\s(?:take place|occur|happen|be made)\b|\bno\s(?:transfer|disclosure|sharing|passing on|forwarding)\sof\s(?:the\s|your\s|any\s)?(?:personal\s)?(?:data|information)\sto\s(?:any\s)?third[- ]part(?:y|ies)\b/i,
      polarity: 'no',
      example: 'A transfer of the data to third parties does not take place.',
      examplePolarity: 'no',
      counterExamples: ['The transfer of data to third parties takes place only with your consent.'],
    },
    {
      id: 'sharing/named/parties',
      item: 'named',
      pattern: PARTY,
      context: NAMED_CONTEXT,
      value: namedParties,
      // A denial about a named company is almost always about some data or some use ("we do
      // not share your name with YouTube", "we do not allow Google to share this data"): it
      // does not contradict that the company is used.
      scopedDenial: true,
      example: 'Financial transactions are handled by PayPal or Stripe.',
      counterExamples: ['Open the settings of Google Chrome to delete cookies.'],
    },
  ],
};

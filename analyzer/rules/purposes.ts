import type { RuleTable } from './types';
import { SOME_DATA_ONLY, USE } from './common';

/** What they use the data for. Each purpose needs a "use" context ("we use … to", "purposes"). */
export const purposes: RuleTable = {
  section: 'purposes',
  hedgeable: true,
  // "We do not use your data for advertising", not "We have no ads partner"
  denialVerbs: /^(?:use|using|process|send|sending|share|sell|disclos|deliver|serve|show|display|engag|employ|allow|permit|conduct|offer|provid|target|personali|build|creat|make|analy|track|market|advertis|contact|rent|trade)/i,
  rules: [
    {
      id: 'purposes/service/operate',
      item: 'service',
      pattern: /\b(?:(?:provide|operate|maintain|deliver|administer|improve|run|support|supply|supplying|providing|operating|delivering|improving)\s(?:and (?:\w+ )?)?(?:our|the|your) (?:services?|web ?sites?|sites?|products?|platform|apps?|offerings)|process (?:your )?(?:orders?|transactions?|purchases?|payments?)|(?:process|handle) (?:purchases|transactions)|fulfil+(?:l)? (?:your )?(?:orders?|requests?)|customer (?:support|service)|respond to your (?:questions|inquiries|requests|concerns))\b/i,
      context: USE,
      example: 'We use the information that we collect to operate and maintain our websites.',
      counterExamples: ['Service providers who assist us in delivering our services receive your data.'],
    },
    {
      id: 'purposes/account/manage',
      item: 'account',
      pattern: /\b(?:(?:create|set up|manage|maintain|administer|register)\s(?:and \w+ )?(?:your|an|user|customer) accounts?|account (?:creation|registration|management|administration)|authenticat(?:e|ion|ing) (?:you|users|logins?))\b/i,
      context: USE,
      example: 'Your name and your email address let us create your account.',
      counterExamples: ['You can delete your account at any time.'],
    },
    {
      id: 'purposes/marketing/send',
      item: 'marketing',
      pattern: /\b(?:send|sending|provide|deliver|contact)\w*\s(?:you\s)?(?:with\s)?[^.]{0,40}?\b(?:marketing|promotional|newsletters?|special offers|promotions)\b/i,
      context: USE,
      example: 'We use the information that we collect to send you marketing communications.',
      counterExamples: ['We do not send marketing emails to anyone.', 'We will send you service emails about your account.'],
    },
    {
      id: 'purposes/marketing/we-send',
      item: 'marketing',
      pattern: /\bwe (?:do |may |will |also |might |can |occasionally |sometimes )*(?:send|e-?mail|contact) (?:you )?(?:with )?(?:direct marketing|marketing (?:e-?mails|messages|communications|materials)|promotional (?:e-?mails|messages|offers|communications|materials)|newsletters)\b/i,
      example: 'We do send direct marketing, if we’re allowed to.',
      counterExamples: ['We do not send direct marketing.'],
    },
    {
      id: 'purposes/marketing/purpose',
      item: 'marketing',
      pattern: /\b(?:(?:for|to)\s(?:our |the |direct |its )?(?:own )?(?:direct )?(?:marketing|promotional)(?: (?:and|or|&) (?:marketing|promotional|advertising))?\s(?:purposes|communications|(?:e-mail|email)s|materials?|messages|campaigns)|the marketing of our (?:web ?sites?|business|products|services))\b/i,
      example: 'We may use your e-mail address for direct marketing purposes.',
      counterExamples: ['We never use your data for marketing purposes.'],
    },
    {
      id: 'purposes/advertising/ads',
      item: 'advertising',
      pattern: /\b(?:(?:show|display|deliver|serve|provide|target|offer|personali[sz]e|manage)\w*\s(?:you\s)?[^.]{0,30}?\b(?:ads|advertisements|advertising)|(?:targeted|interest-based|behaviou?ral|personali[sz]ed|tailored|relevant) (?:advertising|ads|advertisements)|retargeting|remarketing|advertise to you)\b/i,
      narrowSentence: SOME_DATA_ONLY,
      example: 'We partner with third parties to display advertising on our websites.',
      counterExamples: ['Identify the message as an advertisement in some reasonable way.'],
    },
    {
      id: 'purposes/analytics/analyse',
      item: 'analytics',
      pattern: /\b(?:analytics|analy[sz](?:e|es|ed|ing)\s[^.]{0,40}?\b(?:use|usage|trends|traffic|performance)|analy[sz](?:e|es|ing) trends|statistical (?:analysis|purposes)|(?:measure|understand)\w*\s[^.]{0,30}?\b(?:effectiveness|performance|traffic|audience|usage))\b/i,
      context: USE,
      example: 'We use cookies to help us analyse the use and performance of our website.',
      counterExamples: ['You can read our analysis of the law on our blog.'],
    },
    {
      id: 'purposes/personalization/tailor',
      item: 'personalization',
      pattern: /\b(?:personali[sz](?:e|es|ed|ing|ation)|customi[sz](?:e|es|ed|ing|ation)|tailored|tailor|remember\w*\s(?:your\s|users[’']?\s)?(?:settings|preferences|choices))\b/i,
      context: USE,
      example: 'We use cookies to remember your settings and preferences.',
      counterExamples: ['You can change your settings at any time.'],
    },
    {
      id: 'purposes/security/fraud',
      item: 'security',
      pattern: /\b(?:(?:prevent|detect|investigat|protect against|combat|fight)\w*\s[^.]{0,40}?\b(?:fraud|abuse|spam|illegal activit|unauthori[sz]ed|security (?:incidents|threats))|fraud (?:prevention|detection)|(?:protect|ensure|maintain) the (?:security|safety|integrity) of (?:our|the) (?:services?|sites?|website|systems|platform))\w*/i,
      context: USE,
      example: 'We use this information to detect and prevent fraud and abuse.',
      counterExamples: ['Fraud is a crime.'],
    },
    {
      id: 'purposes/legal/comply',
      item: 'legal',
      pattern: /\b(?:comply (?:with )?[^.]{0,30}?\b(?:laws?|legal|regulations?|obligations?|subpoenas?)|compliance with (?:a |an |any |our |applicable )?(?:laws?|legal|regulat)|legal obligations?|enforce (?:our |these |the )?(?:terms|agreements|rights)|legal claims)\b/i,
      context: USE,
      example: 'We may use your information to comply with legal obligations.',
      counterExamples: ['The law changes often.'],
    },
    {
      id: 'purposes/research/research',
      item: 'research',
      pattern: /\b(?:research|scientific|surveys?|product development|develop(?:ing)? new (?:products|services|features))\b/i,
      context: USE,
      example: 'We use de-identified data for research and to develop new products.',
      counterExamples: ['Do your own research before you buy.'],
    },
  ],
};

import type { RuleTable } from './types';
import { COLLECT } from './common';

/**
 * What personal data they collect. Data types are nouns; each needs a collection context
 * (a verb like collect/receive/provide in the sentence, or a heading or lead-in such as
 * "Information We Collect") so that "contact us at our e-mail address" is not a collection.
 */

/** Cookies are "used", "placed" or "set" rather than collected. */
const COOKIE_USE =
  /\b(?:use[sd]?|using|place[sd]?|set|sets|store[sd]?|collect\w*|deploy\w*|employ\w*|serve[sd]?|receive[sd]?|gather\w*|automatic\w*|drop)\b/i;

/** Content is also "posted", "published" or "displayed". */
const CONTENT = new RegExp(`${COLLECT.source}|\\b(?:post(?:s|ed)?|publish(?:es|ed)?|display(?:s|ed)?|upload(?:s|ed)?|transmit)\\b`, 'i');

/** Inferences are "built", "derived" or "inferred". */
const INFER = new RegExp(`${COLLECT.source}|\\b(?:build|create|develop|derive|infer|combine|target)\\w*`, 'i');

/** A negation denies a data type only when it governs one of these ("we do not collect your location"). */
const DENY = /^(?:collect|gather|stor|request|ask|obtain|receiv|record|log|track|process|keep|kept|retain|use|using|place|set|requir|solicit|sav|hold|held|captur|need|want|monitor|read|scan|drop)/i;

export const collection: RuleTable = {
  section: 'collection',
  hedgeable: true,
  denialVerbs: DENY,
  narrowVerbs: /\b(?:stor|keep|kept|retain|sav|hold|held|record|log|maintain)/i,
  rules: [
    {
      id: 'collection/contact/name-email-phone',
      item: 'contact',
      pattern: /\b(?:(?:e-mail|email) address(?:es)?|(?:full |first |last |real )?name|phone number|telephone number|mobile number|postal address|mailing address|home address|contact (?:information|details))\b/i,
      context: COLLECT,
      example: 'We may collect personally identifiable information about you, such as your full name, phone number, email address.',
      counterExamples: ['Our name is SmartAlpaca.', 'Please write to our postal address if you have questions.'],
    },
    {
      id: 'collection/identifiers/ids',
      item: 'identifiers',
      pattern: /\b(?:(?:unique |mobile )?device (?:id|identifier)s?|unique identifiers?|advertising (?:id|identifier)s?|IDFA|user ?names?|user ids?|account (?:id|identifier|credentials)s?|login credentials|passwords?|IMEI|MAC address(?:es)?|(?:customer|member|subscriber) (?:id|number)s?)\b/i,
      context: COLLECT,
      example: 'We collect unique device identifiers and your username.',
      counterExamples: ['Keep your password secret.'],
    },
    {
      id: 'collection/device/ip-browser-os',
      item: 'device',
      pattern: /\b(?:IP address(?:es)?|internet protocol (?:\(IP\) )?address(?:es)?|browser (?:type|version|language|settings|add-ons)|type of browser|operating system|device (?:type|model|information|data|characteristics)|hardware (?:model|settings)|type of hardware|screen resolution|user[- ]agent|internet service provider|mobile network|domain names?)\b/i,
      context: COLLECT,
      example: 'Our servers automatically record your IP address and browser type.',
      counterExamples: ['Most browsers let you change your browser settings to refuse cookies.'],
    },
    {
      id: 'collection/location/geolocation',
      item: 'location',
      pattern: /\b(?:(?:precise|approximate|geographic(?:al)?|physical|real-time|gps|your|device|current|general) location|location (?:data|information|services)|geo-?location|GPS|geographic (?:area|region)|latitude)\b/i,
      context: COLLECT,
      example: 'We collect the geographic area where you use your computer, as indicated by an IP address.',
      counterExamples: ['We may store personal information in locations outside our direct control.'],
    },
    {
      id: 'collection/financial/payment',
      item: 'financial',
      pattern: /\b(?:(?:credit|debit|payment) card(?: number| details| information)?s?|card (?:number|details)|billing (?:information|address|details)|payment (?:information|details|data)|bank(?:ing)? (?:account|details|information)|financial (?:information|data)|transaction (?:history|data|details))\b(?![^.]{0,30}\bdirectly to\b)/i,
      context: COLLECT,
      // "We do not store your card number; our payment processor does": the card is collected, by someone else for them.
      narrowSentence: /\b(?:payment (?:processors?|providers?|service providers?|gateways?)|third[- ]party|processors?|directly|instead|PCI|stripe|paypal|braintree|last (?:four|4) digits|full (?:credit )?card|on our (?:own )?servers|card issuer|itself|ourselves)\b/i,
      example: 'If you purchase a product, our payment processors will collect your payment information.',
      counterExamples: ['Payment is handled by our bank.', 'To pay, you will provide your credit card number directly to PayPal.'],
    },
    {
      id: 'collection/usage/activity',
      item: 'usage',
      pattern: /\b(?:pages? (?:you )?(?:visit(?:ed)?|view(?:ed)?)|pages viewed|links? (?:you )?click(?:ed)?|number of clicks|clickstream|search (?:queries|terms|history)|keywords you used|browsing (?:history|activity|behaviou?r|information)|usage (?:data|information)|interactions? with (?:our|the) (?:site|website|services?|features?|apps?)|time spent|access times|referring (?:url|website|web site|page)s?|activities you perform|how you (?:use|interact)|log (?:data|files?|information))\b/i,
      context: COLLECT,
      example: 'We collect information about the pages you visit and the links you click.',
      counterExamples: ['Click the link in the e-mail to confirm.'],
    },
    {
      id: 'collection/cookies/technologies',
      item: 'cookies',
      pattern: /\b(?:cookies?|web beacons?|pixel tags?|tracking pixels?|clear gifs?|(?:flash|local) (?:storage|shared objects)|tracking technolog(?:y|ies))\b/i,
      context: COOKIE_USE,
      narrowVerbIsItem: true,
      example: 'We use cookies to remember your settings.',
      counterExamples: ['If you disable cookies, some features may not work.'],
    },
    {
      id: 'collection/user-content/content',
      item: 'user-content',
      pattern: /\b(?:user content|content you (?:post|upload|submit|provide|share|create)|(?:your )?(?:testimonials?|uploads|photos|videos|comments|reviews|messages|survey responses)|correspondence (?:data)?|communications? (?:that )?you send)\b/i,
      context: CONTENT,
      example: 'With your consent, we may post your testimonial along with your name.',
      counterExamples: ['If you have questions, write to us.'],
    },
    {
      id: 'collection/demographic/demographics',
      item: 'demographic',
      pattern: /\b(?:demographic|gender|date of birth|birth ?date|birthday|marital status|(?:household )?income level|household income|age range|age group|age and gender|occupation|nationality|education level)\b/i,
      context: COLLECT,
      example: 'We gather demographic information about our user base as a whole.',
      counterExamples: ['You must be of legal age to use the service.'],
    },
    {
      id: 'collection/health/medical',
      item: 'health',
      pattern: /\b(?:(?:health|medical)(?:[- ]related)? (?:information|data|records?|conditions?|history|status)|genetic (?:information|data)|DNA|saliva samples?|biological samples?|fitness (?:data|information)|prescriptions?|diagnos[ie]s)\b/i,
      context: COLLECT,
      example: 'We collect health information that you provide, such as your medical history.',
      counterExamples: ['We do not provide medical advice to anyone.'],
    },
    {
      id: 'collection/biometric/biometrics',
      item: 'biometric',
      pattern: /\b(?:biometric|(?<!(?:browser|device|digital|canvas) )fingerprints?|face ?prints?|facial (?:recognition|geometry|features|scans?)|voice ?prints?|retina(?:l)? scans?|iris scans?)\b/i,
      context: COLLECT,
      example: 'We collect biometric identifiers such as your face geometry.',
      counterExamples: ['We collect a browser fingerprint to detect fraud.'],
    },
    {
      id: 'collection/sensitive/special-categories',
      item: 'sensitive',
      pattern: /\b(?:(?:racial|ethnic) origin|ethnicity|religious (?:or philosophical )?beliefs?|religion|philosophical beliefs|political (?:opinions?|views|affiliations?|beliefs)|sexual (?:orientation|life|preferences)|sex life|trade[- ]union|special categor(?:y|ies) of (?:personal )?data|sensitive personal (?:information|data)|criminal (?:records?|convictions?|history))\b/i,
      context: COLLECT,
      example: 'We collect information about your religious beliefs and political opinions.',
      counterExamples: ['When you enter sensitive information (such as login credentials) on our order forms, we encrypt that information.'],
    },
    {
      id: 'collection/social/profile',
      item: 'social',
      pattern: /\b(?:social (?:media|network(?:ing)?) (?:profiles?|accounts?|information|data|login)|(?:facebook|twitter|google|linkedin|instagram|apple) (?:profile|account|login) (?:information|data|details)|(?:log|sign) ?in (?:with|through|via|using) (?:your )?(?:facebook|google|twitter|apple|linkedin|a social)|(?:data|information) from (?:the )?(?:user[’']s |your )?(?:facebook|google|twitter|apple|linkedin|instagram) (?:account|profile)|friends? lists?|public profile)\b/i,
      context: COLLECT,
      example: 'If you sign in with Facebook, we receive your friends list and profile information.',
      counterExamples: ['Follow us on our social media channels.'],
    },
    {
      id: 'collection/children/from-children',
      item: 'children',
      pattern: /\b(?:(?:information|data)\s(?:from|of|about|on)\s(?:a |an |any |young )?(?:child(?:ren)?|minors?|kids)\b|children'?s? (?:personal )?(?:information|data)|children[’']s (?:personal )?(?:information|data))/i,
      context: COLLECT,
      example: 'We knowingly collect personal information from children with the consent of a parent.',
      counterExamples: ['Protecting the privacy of young children is especially important.'],
    },
    {
      id: 'collection/children/under-age',
      item: 'children',
      pattern: /\b(?:from|of|about)\s(?:a |an |any )?(?:child(?:ren)?|minors?|kids|anyone|any ?one|individuals|persons|users|people)\s(?:who (?:is|are) )?(?:under|younger than|below)(?: the)?(?: ages?(?: of)?)?\s\d{1,2}\b/i,
      context: COLLECT,
      example: 'We do not knowingly collect or solicit personal information from anyone under the age of 13.',
      examplePolarity: 'no',
      counterExamples: ['Children under 13 should ask a parent before going online.'],
    },
    {
      id: 'collection/inferences/profiles',
      item: 'inferences',
      pattern: /\b(?:inferences?|inferred|profiling|(?:user|consumer|customer|advertising|marketing|behaviou?ral|interest) profiles?|profiles? (?:about|of) (?:you|users|our users)|interest[- ]based (?:segments?|categories)|(?:your|users'?|their) (?:interests|characteristics)|audience segments?)\b/i,
      context: INFER,
      example: 'We build profiles about you based on your interests and past purchases.',
      counterExamples: ['You can edit your profile at any time.'],
    },
  ],
};

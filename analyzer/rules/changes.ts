import type { RuleTable } from './types';

/**
 * How they tell you the policy changed. Every rule needs the policy change in its sentence,
 * heading or lead-in ("Changes to our privacy policy", "post any revisions to this Policy"),
 * so that "we will notify you by e-mail of a breach" is not a policy-change notice.
 */
const POLICY_CHANGE =
  /\b(?:chang|revis|modif|amend|updat)\w*\b[^.]{0,60}?\b(?:polic(?:y|ies)|statement|notice|terms|provisions?)\b|\b(?:polic(?:y|ies)|statement|provisions?)\b[^.]{0,60}?\b(?:chang|revis|modif|amend|updat)\w*/i;

export const changes: RuleTable = {
  section: 'changes',
  hedgeable: true,
  rules: [
    {
      id: 'changes/notice-email/email',
      item: 'notice-email',
      pattern: /\b(?:(?:notify|inform|tell|alert|let you know|contact)\w*\b[^.]{0,60}?\b(?:by|via|through|with|using|sending)\s(?:an?\s)?(?:e-mail|email)|(?:e-mail|email) you|send (?:you )?an? (?:(?:e-mail|email)|notice|notification)|sending (?:you )?(?:an? )?(?:e-mail|email) to\b|(?:e-mail|email) notification)/i,
      context: POLICY_CHANGE,
      example: 'When we change the policy in a material manner, we will let you know via email.',
      counterExamples: ['If a data breach occurs, we will notify the users via email.', 'We may change this policy; we are not sending email about minor edits to anyone who has unsubscribed from our newsletter.'],
    },
    {
      id: 'changes/notice-on-site/prominent-notice',
      item: 'notice-on-site',
      pattern: /\b(?:prominent(?:ly)? (?:notice|notification|post\w*|display\w*)|(?:notice|banner|announcement|notification|pop-up)s? on (?:our|the|this) (?:web ?site|site|services?|home ?page|apps?)|post\w* (?:a )?(?:notice|banner|announcement)|(?:provide|give|post)\w* (?:a )?notice (?:to you )?(?:at|on) (?:\[?https?|our|the|this))\b/i,
      context: POLICY_CHANGE,
      example: 'We will let you know about changes to this policy with a prominent notice on our Site.',
      counterExamples: ['We post news on our site every week.'],
    },
    {
      id: 'changes/posting-only/posted',
      item: 'posting-only',
      pattern: /\b(?:(?:post|publish|reflect)\w*\b[^.]{0,60}?\b(?:on|at) (?:this|our|the) (?:privacy (?:policy|notice) )?(?:page|web ?site|site)|on (?:our|this|the) privacy (?:policy|notice) page|(?:effective|last (?:updated|modified|revised))["”’']? date|revise the ["“'‘]?(?:last updated|effective)|effective (?:when|upon|immediately upon|as soon as|as of the date) (?:they are |it is )?post\w*|date of (?:the )?(?:latest |last )?(?:changes?|revision|update) is (?:indicated|shown|noted|displayed))/i,
      context: POLICY_CHANGE,
      example: 'Any changes to this policy will be posted on this page with an updated effective date.',
      counterExamples: ['This policy was last changed in 2018 and applies to our shop.'],
    },
    {
      id: 'changes/consent/ask',
      item: 'consent',
      pattern: /\b(?:(?:ask|seek|obtain|request|get)\w*\s(?:for\s)?(?:your\s)?(?:prior\s|express\s|explicit\s|affirmative\s)?consent|consent to (?:such|the|these|any) (?:changes|revisions|modifications)|opt-in consent)\b/i,
      context: POLICY_CHANGE,
      example: 'We will ask for your consent to such changes to this Policy if required by applicable law.',
      counterExamples: ['We will ask for your consent before we send you newsletters.'],
    },
    {
      id: 'changes/consent/not-without',
      item: 'consent',
      pattern: /\bwithout your (?:prior |express |explicit |affirmative )?consent\b/i,
      polarity: 'yes',
      context: POLICY_CHANGE,
      example: 'We will not reduce your rights under this Privacy Policy through changes without your explicit consent.',
      counterExamples: ['We will not share your data without your consent.'],
    },
  ],
};

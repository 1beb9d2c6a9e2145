import { describe, expect, it } from 'vitest';
import { findEffectiveDate } from '../../analyzer/metadata';

/**
 * The policy's effective / last-updated date, in the forms real policies write it. Each line is
 * copied from a policy of ../shared/corpus/privacy (named), the date read by hand.
 */
describe('effective date: the forms of the corpus', () => {
  it.each([
    ['backcountry', '**Last Updated:** 12/03/2020', '2020-12-03'],
    ['aetna', 'Privacy statement update: 9/19/17', '2017-09-19'],
    ['qwant', 'Last update : 22/10/2020', '2020-10-22'],
    ['clockify', 'Last updated on 31/12/2020', '2020-12-31'],
    ['habbo', '**Updated**: 14.6.2018', '2018-06-14'],
    ['we-heart-it', '_Date of Last Revision and Effective Date: 10.19.2020_', '2020-10-19'],
    ['bethesda', 'Update: June 6th**,** 2019', '2019-06-06'],
    ['couchsurfing', 'Effective Date: **June 30, 2020**', '2020-06-30'],
    ['bill-track-50', '_Effective: January 1, 2012_', '2012-01-01'],
    ['steam', '_Revision Date: January 8, 2021_', '2021-01-08'],
    ['myanimelist', 'LAST UPDATED: \\[October 9, 2020\\]', '2020-10-09'],
    ['imdb', '**Last Updated, July 22, 2020**. To see prior version, click here.', '2020-07-22'],
    ['pirate-party-australia', '**Last updated:** 10 December, 2020', '2020-12-10'],
    ['em-client', 'This document was last updated on  June 28 , 2019', '2019-06-28'],
    ['letterboxd', '_This policy was last updated in September 2020 and is effective immediately._', '2020-09-01'],
    ['wemod', 'The effective date of this Privacy Policy is May 25, 2018. From time to time we may change it.', '2018-05-25'],
    ['kickstarter', 'We’ve updated our Policy as of June 30, 2020. Here are some of the changes.', '2020-06-30'],
    ['posteo', 'This privacy policy is currently valid and is applicable as of July 2019.', '2019-07-01'],
    ['tumblr', 'Privacy PolicyLast Modified: 2020-11-10', '2020-11-10'],
    ['carsales', '_Version 8.7 (17 April 2020)_', '2020-04-17'],
    ['sketch-com', 'Version 07 May 2020', '2020-05-07'],
    ['libreoffice', 'As of: March 2018', '2018-03-01'],
    ['youtube-kids', 'Dated: August 7, 2019', '2019-08-07'],
    ['mokum', 'Version 1. Last update: 2018-05-24.', '2018-05-24'],
  ])('%s: %j → %s', (_policy, line, date) => {
    expect(findEffectiveDate(`Privacy Policy\n\n${line}\n\nWe collect your e-mail address.`)).toBe(date);
  });

  it.each([
    // librarything, the-markup, invidious: "as of" inside a sentence dates a fact, not the policy.
    ['librarything', 'As of June 30, 2020, we have never received a National Security Letter.'],
    ['the-markup', 'As of August 21, 2020, The Markup uses the following third-party services:'],
    // wolfram-alpha: a law's date.
    ['wolfram-alpha', 'Effective January 1, 2020, the California Consumer Privacy Act gives California residents rights.'],
    // A software version, not the policy's.
    ['omniatv', '© 2011 - 2019 omniatv | website version 4.1 | proudly powered by Free Software'],
    // mapbox's change log: a date before "Updated", not after it.
    ['mapbox', '*   August 3, 2020: Updated information that we collect to cover use of our SDKs.'],
  ])('%s: %j has no policy date', (_policy, line) => {
    expect(findEffectiveDate(`Privacy Policy\n\n${line}\n\nWe collect your e-mail address.`)).toBeUndefined();
  });
});

/**
 * wix: 110 000 characters of menus and page script come before "Effective from December 16,
 * 2020"; the date is read wherever it stands (first mention), and a law's date is still no
 * policy date however deep in the text.
 */
describe('effective date: anywhere in a long text', () => {
  const filler = (chars: number) => 'Website Templates. Explore over 800 designer-made templates.\n'.repeat(Math.ceil(chars / 61));
  it.each([
    ['wix: after 110 000 characters of menus', `${filler(110_000)}Wix.com Privacy Policy\nEffective from December 16, 2020\n${filler(250_000)}`, '2020-12-16'],
    ['in the middle of a 400 000-character page', `${filler(200_000)}Last updated: March 3, 2021\n${filler(200_000)}`, '2021-03-03'],
    ['at the very end', `${filler(300_000)}Last updated: 5 May 2019`, '2019-05-05'],
    ['the first of two mentions', `${filler(150_000)}Effective Date: June 1, 2020\n${filler(150_000)}Last updated: July 1, 2021\n`, '2020-06-01'],
  ])('%s → %s', (_case, text, date) => {
    expect(findEffectiveDate(text)).toBe(date);
  });

  it.each([
    ['a law\'s date deep in the text', `${filler(150_000)}Effective January 1, 2020, the California Consumer Privacy Act gives you rights.\n${filler(100_000)}`],
    ['a weak label inside a sentence deep in the text', `${filler(150_000)}As of June 30, 2020, we have never received a National Security Letter.\n${filler(100_000)}`],
    ['labels without dates', `${filler(100_000)}${'Effective updated revised '.repeat(20_000)}`],
  ])('%s: no policy date', (_case, text) => {
    expect(findEffectiveDate(text)).toBeUndefined();
  });
});

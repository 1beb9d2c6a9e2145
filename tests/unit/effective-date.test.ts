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

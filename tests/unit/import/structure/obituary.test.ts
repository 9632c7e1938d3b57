/** Obituary leads: the death is the news, the description says who died (round 4). */
import { describe, expect, it } from 'vitest';
import { obituaryHeadline } from '../../../../src/import/structure/obituary';

describe('obituary headlines', () => {
  it.each([
    // held-out-4 m27
    [
      'Dame Margaret Hollis, the actress who played Lady Macbeth more than 400 times on stages from Stratford to Sydney and became a household name in middle age as a sharp-tongued headmistress in the television comedy "Upper Fourth", has died.',
      'She was 88.',
      'Dame Margaret Hollis, actress, dies at 88',
    ],
    // written for this test
    [
      'Amadou Diallo, a Malian guitarist whose recordings carried desert blues to Europe, died on Friday in Bamako.',
      'He was 74.',
      'Amadou Diallo, Malian guitarist, dies at 74',
    ],
    [
      'Rosa Quispe, 96, died on Monday at her home in Cusco after a long illness.',
      'She founded the city’s first school for weavers.',
      'Rosa Quispe dies at 96',
    ],
    [
      'Former Ghanaian finance minister Kwame Asante died on Tuesday in Accra, his family said.',
      undefined,
      'Former Ghanaian finance minister Kwame Asante dies',
    ],
  ])('%j', (lead, next, headline) => {
    expect(obituaryHeadline(lead, next)).toBe(headline);
  });
  it('leaves a lead without a death alone', () => {
    expect(
      obituaryHeadline('Amadou Diallo, a Malian guitarist, won a Grammy on Sunday.', 'He was 74.'),
    ).toBeUndefined();
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { agentBase, compoundMatch } from '../../../src/core/search/compounds.ts';
import { termOf } from '../../../src/core/search/dutch-text.ts';

describe('Dutch compounds for search', () => {
  test('a word finds the compounds it heads or ends, inflected or not', () => {
    assert.equal(compoundMatch('ransomwaredreiging', termOf('ransomware')), 'head');
    assert.equal(compoundMatch('ransomwaredreiging', termOf('dreiging')), 'tail');
    assert.equal(compoundMatch('ransomwaredreiging', termOf('dreigingen')), 'tail');
    assert.equal(compoundMatch('hackaanval', termOf('hacks')), 'head');
    assert.equal(compoundMatch('bevolkingsonderzoek', termOf('bevolking')), 'head');
    assert.equal(compoundMatch('Datalekken', termOf('datalek')), 'exact');
  });

  test('does not take a derivation or a short word for a compound part', () => {
    assert.equal(compoundMatch('hacker', termOf('hack')), null, 'rest "er" is too short');
    assert.equal(compoundMatch('datalek', termOf('lek')), null, '"lek" is shorter than a part may be');
    assert.equal(compoundMatch('omvang', 'om'), null);
    assert.equal(compoundMatch('laboratorium', termOf('ransomware')), null);
  });

  test('an agent noun also stands for the word it is made from', () => {
    assert.equal(agentBase('hackers'), termOf('hack'));
    assert.equal(agentBase('Gebruikers'), termOf('gebruik'));
    assert.equal(agentBase('ouders'), undefined);
    assert.equal(agentBase('hack'), undefined);
  });
});

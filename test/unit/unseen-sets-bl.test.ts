// Rules drawn from the article sets of the tenth session (BL, BM, BN). Each sentence here is
// written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { officials } from './support/readouts';
import { analyze } from '../../src/engine/analyze';

/** The members of each group mention, "mention => member; member". */
const groups = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'official' && e.attributes['group'] === true)
  .map((e) => `${e.mentions.map((m) => m.text).join(' | ')} => ${e.name}`);

describe('officials: a title word that is a family name ("Angus King", "Hun Sen")', () => {
  it('ends the name it closes, and later stands alone or after a title for that person', () => {
    assert.deepEqual(officials('Senator Angus King asked a question. Later King said no. Senator King agreed.\nSENATOR KING: Thank you.'), [
      'Angus King: Senator Angus King | King | Senator King | SENATOR KING',
    ]);
    assert.deepEqual(officials('Senate President Samdech Techo Hun Sen met the delegation. Hun Sen said the visit mattered.'), [
      'Samdech Techo Hun Sen: Senate President Samdech Techo Hun Sen | Hun Sen',
    ]);
    assert.deepEqual(officials('Former Foreign Minister Julie Bishop spoke.'), ['Julie Bishop: Former Foreign Minister Julie Bishop']);
  });

  it('after a legislator\'s title or a form of address it is a family name, in a transcript\'s labels too', () => {
    assert.deepEqual(officials('CHAIRMAN WICKER: Senator King.\n\nSENATOR KING: Thank you, Mr. Chairman.\n\nADMIRAL PAPARO: Senator King, it would have been devastating.').map((s) => s.split(' (')[0]), [
      'Wicker: CHAIRMAN WICKER | Mr. Chairman',
      'King: Senator King | SENATOR KING | Senator King',
      'Paparo: ADMIRAL PAPARO',
    ]);
  });

  it('stays a title before a name, with the period of "Sen.", and alone or after "the" when nobody has that surname', () => {
    assert.deepEqual(officials('Sen. Jack Reed agreed. Jordan\'s King Abdullah II met him. The King left.').map((s) => s.split(':')[0]), ['Jack Reed', 'Abdullah II']);
    assert.deepEqual(officials('The King said nothing. King Charles spoke.').map((s) => s.split(':')[0]), ['Charles']);
    assert.deepEqual(officials('Senator King spoke. The King said nothing.'), ['King: Senator King']);
  });
});

describe('officials: a cabinet secretary is one of "the two ministers"', () => {
  it('"Defence Secretary John Healey met Turkish Defence Minister Yasar Guler" ... "The two ministers" are those two', () => {
    assert.deepEqual(groups('Defence Secretary John Healey met Turkish Defence Minister Yasar Guler in Ankara. BAE Systems chief executive Charles Woodburn and President Tayyip Erdogan also attended. The two ministers will meet again in Brussels.'), [
      'The two ministers => John Healey; Yasar Guler',
    ]);
  });

  it('two ministers named last still come before a secretary named earlier', () => {
    assert.deepEqual(groups('Secretary of State Jane Carver arrived. Defence Minister Tomas Arlen met Foreign Minister Ravi Prakash. The two ministers signed.'), [
      'The two ministers => Tomas Arlen; Ravi Prakash',
    ]);
  });
});

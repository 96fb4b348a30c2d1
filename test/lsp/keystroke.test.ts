// A keystroke of typing waits a moment for the next one; any other change is analysed at once. What
// counts as a keystroke is decided on the texts alone.
import { strict as assert } from 'node:assert';
import { isKeystroke } from '../../server/src/lsp/keystroke';

describe('a keystroke of typing', () => {
  it('is one character typed in or deleted anywhere, a line break excepted', () => {
    assert.equal(isKeystroke('text: Alla belopp', 'text: Alla beloppx'), true, 'typed at the end');
    assert.equal(isKeystroke('text: Alla belopp', 'text: Allaa belopp'), true, 'typed in the middle');
    assert.equal(isKeystroke('text: Alla belopp', 'ttext: Alla belopp'), true, 'typed at the start');
    assert.equal(isKeystroke('text: Alla belopp', 'text: Ala belopp'), true, 'deleted');
    assert.equal(isKeystroke('', 'a'), true);
    assert.equal(isKeystroke('a\nb', 'a\n\nb'), false, 'a new line');
    assert.equal(isKeystroke('a\r\nb', 'a\rb'), false, 'half a line break');
  });

  it('is not a replaced figure, a paste, an undo of several characters or an unchanged text', () => {
    assert.equal(isKeystroke('[915175, 881419]', '[915999, 881419]'), false);
    assert.equal(isKeystroke('rader: []', 'rader: [a, b]'), false);
    assert.equal(isKeystroke('abc', 'ab'), true);
    assert.equal(isKeystroke('abc', 'a'), false);
    assert.equal(isKeystroke('abc', 'abc'), false);
    assert.equal(isKeystroke('abc', 'abd'), false, 'one character replaced');
  });
});

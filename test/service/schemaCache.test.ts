// No compilation at run time, and none that grows: the bundled schemas' validators come compiled from the
// build, and the schemas derived from requirement sets are compiled once per content and kept in a
// bounded cache, so a long session of letter edits leaves as many compiled schemas as the bound allows.
import { strict as assert } from 'node:assert';
import { compiledAhead } from '../../server/src/service/schema/compiledAhead';
import { derivedCacheSize, DERIVED_CACHE_SIZE } from '../../server/src/service/schema/derivedValidators';
import { schemasFingerprint } from '../../server/src/service/schema/schemas';
import { parseFixture, serviceFor, uriOf } from '../helpers/fixture';

describe('compiled schemas', () => {
  it('come compiled ahead of time from these very schemas', () => {
    const ahead = compiledAhead();
    assert.equal(ahead.fingerprint, schemasFingerprint(), 'the build compiled the schemas as they are (npm run build)');
    assert.equal(typeof ahead.validators.kapitel, 'function');
  });

  it('stay bounded over 400 edits of the letter', function () {
    this.timeout(120000);
    const files = parseFixture('');
    const service = serviceFor(files);
    const letter = files.get('regleringsbrev.yaml')!;
    assert.ok(letter.includes('rubrik: Ekonomi i balans'));
    for (let i = 0; i < 400; i++) {
      // Each edit changes a requirement's title, which the derived schema carries: a new schema each time.
      service.setFile({ uri: uriOf('regleringsbrev.yaml'), text: letter.replace('rubrik: Ekonomi i balans', `rubrik: Ekonomi i balans ${i}`) });
      service.analyze();
    }
    const size = derivedCacheSize();
    assert.ok(size.cached <= DERIVED_CACHE_SIZE, `${size.cached} cached`);
    assert.ok(size.inAjv <= DERIVED_CACHE_SIZE, `${size.inAjv} kept by Ajv`);
    assert.ok(size.cached > 0, 'derived schemas are cached');
  });
});

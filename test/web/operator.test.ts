import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertOperatorConfigured, ConfigError, demoOperator, loadConfig } from '../../src/config.ts';
import { buildTestApp, type TestApp } from '../support/web.ts';

const secret = 'a-test-secret-of-more-than-thirty-two-bytes';
const production = { NODE_ENV: 'production', SESSION_SECRET: secret, CODE_SECRET: secret };

describe('the operator: whose service this is', () => {
  let web: TestApp;
  before(async () => {
    web = await buildTestApp();
  });
  after(() => web.close());

  test('a production start without an operator is refused, naming every variable', () => {
    const config = loadConfig(production);
    assert.equal(config.operator, undefined);
    assert.throws(
      () => assertOperatorConfigured(config),
      (error: unknown) =>
        error instanceof ConfigError &&
        ['OPERATOR_NAME', 'OPERATOR_ADDRESS', 'OPERATOR_CONTACT', 'OPERATOR_PRIVACY_CONTACT'].every((name) =>
          error.problems.some((line) => line.startsWith(`${name}: required in production`)),
        ),
    );
  });

  test('half an operator is refused; a bad privacy e-mail is named', () => {
    assert.throws(
      () => loadConfig({ ...production, OPERATOR_NAME: 'Stichting X' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((line) => /^OPERATOR_ADDRESS: required when OPERATOR_NAME/.test(line)),
    );
    assert.throws(
      () =>
        loadConfig({
          ...production,
          OPERATOR_NAME: 'Stichting X',
          OPERATOR_ADDRESS: 'Postbus 1, 1000 AA Amsterdam',
          OPERATOR_CONTACT: 'info@x.example',
          OPERATOR_PRIVACY_CONTACT: 'not an address',
        }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((line) => line.startsWith('OPERATOR_PRIVACY_CONTACT: expected')),
    );
  });

  test('demo runs name the clearly marked demo operator', () => {
    const config = loadConfig(production, {
      demo: true,
      secretsFile: `/tmp/dlw-secrets-${process.pid}-${Date.now()}.json`,
    });
    assert.deepEqual(config.operator, demoOperator);
    assert.doesNotThrow(() => assertOperatorConfigured(config));
  });

  test('every page says whose service it is, in the header and the footer', async () => {
    for (const url of ['/', '/en/code', '/echt']) {
      const page = (await web.app.inject(url)).body;
      assert.match(
        page,
        /class="dlw-header__operator">(Een dienst van|A service of) Stichting Testbeheer</,
        url,
      );
      assert.match(page, /Stichting Testbeheer, Postbus 123, 1000 AB Amsterdam/, url);
      assert.match(page, /href="mailto:privacy@testbeheer\.example"/, url);
    }
  });

  test('the privacy statement covers every point of GDPR Art. 13', async () => {
    const nl = (await web.app.inject('/privacy')).body;
    for (const expected of [
      /Stichting Testbeheer beheert deze website en is verantwoordelijk/, // controller and contact
      /functionaris gegevensbescherming: privacy@testbeheer\.example/, // privacy contact / DPO
      /Wij verwerken zo weinig mogelijk gegevens, en alleen om/, // purposes
      /artikel 6 lid 1 onder f AVG/, // legal basis
      /Wie krijgt uw gegevens\?/, // recipients, transfers, automated decisions
      /buiten de Europese Economische Ruimte/,
      /Hoe lang bewaren wij iets\?/, // retention
      /verbeteren of verwijderen/, // rights
      /U hoeft ons geen gegevens te geven/, // whether data must be given
      /klacht indienen bij de Autoriteit Persoonsgegevens/, // complaint to the AP
    ])
      assert.match(nl, expected);
    assert.match(
      (await web.app.inject('/en/privacy')).body,
      /Stichting Testbeheer runs this website and is responsible/,
    );
  });
});

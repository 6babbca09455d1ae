import type { FastifyInstance } from 'fastify';
import { languages } from '../../core/i18n/lang.ts';
import type { RouteDeps } from '../deps.ts';
import { translator } from '../i18n/translator.ts';
import { localPath } from '../lang-path.ts';
import { registerAtomFeed } from '../register/atom-feed.ts';
import { presentOpenDataBreach, registerCsv } from '../register/open-data.ts';
import {
  openDataDescription,
  openDataLicence,
  openDataPaths,
  registerCsvMetadata,
  registerJsonSchema,
} from '../register/open-data-schema.ts';
import { allPublishedBreaches } from '../register/published-breaches.ts';
import { breachDeps } from '../route-kernel/route.ts';

/** Readers and scripts may poll; five minutes of caching keeps that cheap and fresh enough. */
const cacheControl = 'public, max-age=300';

/**
 * Open data of the register: the Atom feed per language (`/register/feed.atom`,
 * `/en/register/feed.atom`), and all published breaches as `/register.json` and `/register.csv`.
 */
export function registerOpenDataRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const useCaseDeps = breachDeps(deps);
  const baseUrl = deps.config.baseUrl.replace(/\/+$/, '');
  for (const lang of languages) {
    const { t } = translator(lang);
    app.get(localPath(lang, '/register/feed.atom'), async (_request, reply) => {
      const breaches = await allPublishedBreaches(useCaseDeps);
      const feed = registerAtomFeed({
        lang,
        baseUrl: `${baseUrl}${localPath(lang, '/').replace(/\/$/, '')}`,
        idBase: baseUrl,
        feedUrl: `${baseUrl}${localPath(lang, '/register/feed.atom')}`,
        registerUrl: `${baseUrl}${localPath(lang, '/register')}`,
        breaches,
        texts: {
          title: t('register.feed.title'),
          subtitle: t('register.feed.subtitle'),
          newBreach: (title) => t('register.feed.newBreach', { title }),
          update: (title) => t('register.feed.update', { title }),
        },
        now: deps.clock(),
      });
      return reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', cacheControl)
        .send(feed);
    });
  }
  app.get('/register.json', async (_request, reply) => {
    const breaches = (await allPublishedBreaches(useCaseDeps)).map((b) => presentOpenDataBreach(b, baseUrl));
    const body = {
      $schema: `${baseUrl}${openDataPaths.jsonSchema}`,
      description: openDataDescription,
      licence: openDataLicence,
      generatedAt: deps.clock().toISOString(),
      documentation: `${baseUrl}/register`,
      count: breaches.length,
      breaches,
    };
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', cacheControl)
      .header('content-disposition', 'inline; filename="datalekregister.json"')
      .header('access-control-allow-origin', '*')
      .header(
        'link',
        `<${baseUrl}${openDataPaths.jsonSchema}>; rel="describedby"; type="application/schema+json"`,
      )
      .send(JSON.stringify(body, null, 2));
  });
  app.get('/register.csv', async (_request, reply) => {
    const breaches = (await allPublishedBreaches(useCaseDeps)).map((b) => presentOpenDataBreach(b, baseUrl));
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .header('cache-control', cacheControl)
      .header('content-disposition', 'attachment; filename="datalekregister.csv"')
      .header('access-control-allow-origin', '*')
      .header(
        'link',
        `<${baseUrl}${openDataPaths.csvMetadata}>; rel="describedby"; type="application/csvm+json"`,
      )
      .send(registerCsv(breaches));
  });
  // The descriptions change only with the code: a day of caching.
  const schema = JSON.stringify(registerJsonSchema(baseUrl), null, 2);
  const metadata = JSON.stringify(registerCsvMetadata(baseUrl), null, 2);
  app.get(openDataPaths.jsonSchema, async (_request, reply) =>
    reply
      .type('application/schema+json; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .header('access-control-allow-origin', '*')
      .send(schema),
  );
  app.get(openDataPaths.csvMetadata, async (_request, reply) =>
    reply
      .type('application/csvm+json; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .header('access-control-allow-origin', '*')
      .send(metadata),
  );
}

// Writes the JSON Schemas of the assessment's input and output and of the notification's request
// and output, generated from the zod schemas in the core, to docs/schemas/. Run: node --import tsx scripts/generate-schemas.ts
// A test (test/core/assessment/json-schemas.test.ts) fails when the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { assessmentInputSchema } from '../src/core/assessment/input-schema.ts';
import { assessmentSchema } from '../src/core/assessment/output-schema.ts';
import { authorityNotificationRequestSchema } from '../src/core/authority-notification/input-schema.ts';
import { authorityNotificationSchema } from '../src/core/authority-notification/output-schema.ts';

/** Each schema file by name, as formatted JSON text. */
export async function renderSchemas(): Promise<Record<string, string>> {
  const schemas = {
    'assessment-input.schema.json': {
      title: 'Datalekwijzer breach assessment input',
      ...z.toJSONSchema(assessmentInputSchema, { io: 'input', target: 'draft-2020-12' }),
    },
    'assessment-output.schema.json': {
      title: 'Datalekwijzer breach assessment',
      ...z.toJSONSchema(assessmentSchema, { io: 'output', target: 'draft-2020-12' }),
    },
    'authority-notification-request.schema.json': {
      title: 'Datalekwijzer notification to the authority: request',
      ...z.toJSONSchema(authorityNotificationRequestSchema, { io: 'input', target: 'draft-2020-12' }),
    },
    'authority-notification-output.schema.json': {
      title: 'Datalekwijzer notification to the authority',
      ...z.toJSONSchema(authorityNotificationSchema, { io: 'output', target: 'draft-2020-12' }),
    },
  };
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas))
    out[name] = await prettier.format(JSON.stringify(schema), { parser: 'json', printWidth: 110 });
  return out;
}

export const schemaDir = fileURLToPath(new URL('../docs/schemas/', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, text] of Object.entries(await renderSchemas())) {
    writeFileSync(join(schemaDir, name), text);
    console.log(`wrote docs/schemas/${name}`);
  }
}

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { firstText, parseInput, textList } from '../../../src/web/route-kernel/input.ts';

describe('route kernel input', () => {
  const query = z.object({ datalek: firstText(), data: textList(2) });

  test('takes the first text of a repeated field and leaves out what is not text', () => {
    assert.deepEqual(query.parse({ datalek: ['a', 'b'], data: ['x', ['y'], 'z'] }), {
      datalek: 'a',
      data: ['x', 'z'],
    });
  });

  test('gives no text and an empty list for missing fields, and caps a list', () => {
    assert.deepEqual(query.parse({}), { data: [] });
    assert.deepEqual(query.parse({ data: ['1', '2', '3'] }).data, ['1', '2']);
  });

  test('reports the wrong fields of params, query and body together', () => {
    const { errors } = parseInput(
      {
        params: z.object({ id: z.string().min(3) }),
        query: z.object({ page: z.coerce.number().int() }),
        body: z.object({ name: z.string() }),
      },
      { params: { id: 'x' }, query: { page: 'two' }, body: undefined },
    );
    assert.deepEqual(
      errors.map((error) => error.path),
      ['id', 'page', 'name'],
    );
  });
});

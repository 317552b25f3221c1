import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { UPLOAD_OPERATIONS } from '@gongkai/domain';
import { carriesFile } from './client';
import { ImportCatalogueFileMutation, LoginMutation } from './queries';

const op = (kind: 'query' | 'mutation', source: string) => ({ kind, query: parse(source) });

describe('carriesFile', () => {
  it('sends the file mutations of the app to the upload endpoint', () => {
    expect(carriesFile({ kind: 'mutation', query: ImportCatalogueFileMutation })).toBe(true);
    for (const name of UPLOAD_OPERATIONS)
      expect(carriesFile(op('mutation', `mutation { ${name}(x: 1) { id } }`))).toBe(true);
  });

  it('keeps everything else on /graphql, also a mutation that mixes a file field with another', () => {
    expect(carriesFile({ kind: 'mutation', query: LoginMutation })).toBe(false);
    expect(carriesFile(op('query', '{ me { login } }'))).toBe(false);
    expect(carriesFile(op('mutation', 'mutation { importCatalogueFile(x: 1) { id } logout }'))).toBe(false);
  });
});

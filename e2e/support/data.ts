/**
 * Data the specs set up for themselves through GraphQL (as the demo users), so that each spec runs alone and in any
 * order: drafts made fresh from the published version, a row changed, a user, an imported catalogue.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SFJ } from './env.js';
import { GraphqlClient } from './graphql.js';

export interface CatalogueRef {
  id: string;
  status: 'DRAFT' | 'PUBLISHED';
  versionLabel: string;
}

export interface RequirementRef {
  id: string;
  version: number;
  channels: string[];
}

/** An agency's catalogues, newest first. */
export async function cataloguesOf(gql: GraphqlClient, agencyCode: string): Promise<CatalogueRef[]> {
  const data = await gql.request<{ agency: { catalogues: CatalogueRef[] } }>(
    'query($code: String!) { agency(code: $code) { catalogues { id status versionLabel } } }',
    { code: agencyCode },
  );
  return data.agency.catalogues;
}

/** Deletes the agency's open drafts (another spec's, or this spec's from an earlier run): its published version shows. */
export async function deleteDrafts(gql: GraphqlClient, agencyCode: string): Promise<void> {
  for (const c of await cataloguesOf(gql, agencyCode)) {
    if (c.status === 'DRAFT') await gql.request('mutation($id: ID!) { deleteDraft(id: $id) }', { id: c.id });
  }
}

/** The agency's newest published version. */
export async function publishedCatalogue(gql: GraphqlClient, agencyCode: string): Promise<CatalogueRef> {
  const published = (await cataloguesOf(gql, agencyCode)).find((c) => c.status === 'PUBLISHED');
  if (!published) throw new Error(`${agencyCode} 没有已发布的目录`);
  return published;
}

/** A new draft `label` of the agency from its newest published version, after deleting any open draft. */
export async function freshDraft(
  gql: GraphqlClient,
  label: string,
  agencyCode: string = SFJ.code,
): Promise<{ draft: CatalogueRef; base: CatalogueRef }> {
  await deleteDrafts(gql, agencyCode);
  const base = await publishedCatalogue(gql, agencyCode);
  const data = await gql.request<{ createDraft: CatalogueRef }>(
    'mutation($id: ID!, $label: String) { createDraft(catalogueId: $id, versionLabel: $label) { id status versionLabel } }',
    { id: base.id, label },
  );
  return { draft: data.createDraft, base };
}

interface ItemNode {
  name: string;
  requirements: RequirementRef[];
  children?: ItemNode[];
}

/** The first row of the catalogue's item named `itemName` (any level). */
export async function requirementOf(
  gql: GraphqlClient,
  catalogueId: string,
  itemName: string,
): Promise<RequirementRef> {
  const req = 'requirements { id version channels }';
  const data = await gql.request<{ catalogue: { items: ItemNode[] } }>(
    `query($id: ID!) { catalogue(id: $id) { items { name ${req} children { name ${req} children { name ${req} } } } } }`,
    { id: catalogueId },
  );
  const walk = (items: ItemNode[]): RequirementRef | undefined => {
    for (const item of items) {
      if (item.name === itemName && item.requirements[0]) return item.requirements[0];
      const found = walk(item.children ?? []);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(data.catalogue.items);
  if (!found) throw new Error(`目录 ${catalogueId} 中没有事项「${itemName}」的行`);
  return found;
}

/** Saves a row (with the version read before); returns its new version. */
export async function updateRequirement(
  gql: GraphqlClient,
  row: RequirementRef,
  input: Record<string, unknown>,
): Promise<number> {
  const data = await gql.request<{ updateRequirement: { version: number } }>(
    'mutation($id: ID!, $v: Int!, $input: RequirementInput!) { updateRequirement(id: $id, expectedVersion: $v, input: $input) { version } }',
    { id: row.id, v: row.version, input },
  );
  return data.updateRequirement.version;
}

/** A new user (as a platform administrator); returns its id and one-time password. */
export async function createUser(
  admin: GraphqlClient,
  input: { login: string; displayName: string; roles: string[]; agencyCode?: string },
): Promise<{ id: string; oneTimePassword: string }> {
  const data = await admin.request<{ createUser: { user: { id: string }; oneTimePassword: string } }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } oneTimePassword } }',
    { input },
  );
  return { id: data.createUser.user.id, oneTimePassword: data.createUser.oneTimePassword };
}

/** The demo catalogue of 根河市司法局 as text (the seed's tab layout). */
export const SAMPLE_CATALOGUE = path.join(ROOT, 'demo-data/catalogues/genhe-sifaju.txt');

/** Imports the sample catalogue as a new draft `label` of 根河市司法局 (after deleting any open draft). */
export async function importSampleCatalogue(editor: GraphqlClient, label: string): Promise<CatalogueRef> {
  await deleteDrafts(editor, SFJ.code);
  const data = await editor.request<{ importCatalogue: CatalogueRef }>(
    'mutation($code: String!, $text: String!, $label: String, $file: String) { importCatalogue(agencyCode: $code, text: $text, versionLabel: $label, fileName: $file) { id status versionLabel } }',
    { code: SFJ.code, text: readFileSync(SAMPLE_CATALOGUE, 'utf8'), label, file: path.basename(SAMPLE_CATALOGUE) },
  );
  return data.importCatalogue;
}

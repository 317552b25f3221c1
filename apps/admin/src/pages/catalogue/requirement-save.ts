/**
 * What the requirement drawer says after 保存 or 「刷新此行」: the server's refusal split into errors under the fields
 * it names (BAD_USER_INPUT with extensions.field) and a general message, and the note after a refresh that merged
 * the row as it is now with the user's changes.
 */
import { describeError, type RequestError } from '../../errors';
import { FORM_FIELDS, fieldList, type FormField, type Rebased } from '../../requirement-form';

export interface SaveErrors {
  fields: Partial<Record<FormField, string>>;
  general: string | null;
}

const isFormField = (f: unknown): f is FormField =>
  typeof f === 'string' && (FORM_FIELDS as readonly string[]).includes(f);

/** A refused save (neither CONFLICT nor NOT_FOUND): each field error under its field, everything else together. */
export function saveErrorsOf(error: RequestError): SaveErrors {
  const general: string[] = [];
  const fields: Partial<Record<FormField, string>> = {};
  for (const e of error.graphQLErrors) {
    const f = e.extensions?.['field'];
    const badInput = e.extensions?.['code'] === 'BAD_USER_INPUT';
    if (badInput && isFormField(f)) fields[f] = e.message;
    else general.push(badInput ? e.message : describeError({ message: e.message, graphQLErrors: [e] }));
  }
  return {
    fields,
    general: general.length > 0 ? general.join('；') : error.graphQLErrors.length === 0 ? describeError(error) : null,
  };
}

/** The CONFLICT refusal: the server's message and the fields the other person changed. */
export function conflictOf(error: RequestError): { message: string; fields: string[] } {
  const first = error.graphQLErrors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  const fields = first?.extensions?.['fields'];
  return {
    message: first?.message ?? '这一行已被他人修改，你的修改没有保存；请刷新后再改',
    fields: Array.isArray(fields) ? fields.map(String) : [],
  };
}

/**
 * After 「刷新此行」: which of the other person's changes were loaded, which fields both changed (the user's kept),
 * and that the user's own changes remain. `mine` are the fields the user's form still differs in from the row now.
 */
export function rebaseNoteOf(r: Pick<Rebased, 'taken' | 'overlapping'>, mine: readonly FormField[]): string {
  const notes: string[] = [];
  if (r.taken.length > 0) notes.push(`已载入他人修改的「${fieldList(r.taken)}」`);
  if (r.overlapping.length > 0)
    notes.push(`「${fieldList(r.overlapping)}」你和他人都改了，下面保留的是你的内容，请核对后再保存`);
  if (mine.length > 0 && r.overlapping.length === 0) notes.push(`你的修改（${fieldList(mine)}）仍保留`);
  return notes.length > 0 ? `${notes.join('；')}。` : '已刷新，这一行现在与服务器一致。';
}

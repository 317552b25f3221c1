/**
 * Column shapes the entity schemas of every feature share. Imports nothing of this package, so any entity module may
 * import it whatever the order the modules load in.
 */
export const id = { type: 'uuid', primary: true } as const;
export const jsonList = { type: 'json', columnType: 'jsonb' } as const;

import { describe, expect, it } from 'vitest';
import { agencyMismatchOf, deleteDraftConfirmation, openDraftNotice, versionAfterDeletion } from './import-guards';
import type { VersionLike } from './versions';

const MESSAGE = '文件的标题（或公开主体）是「根河市民政局」，不是本机关「根河市司法局」：确认要导入为本机关的目录吗？';

describe('agencyMismatchOf', () => {
  it('reads the server’s AGENCY_MISMATCH refusal', () => {
    const error = {
      graphQLErrors: [
        {
          message: MESSAGE,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'AGENCY_MISMATCH',
            namedAgency: '根河市民政局',
            field: 'confirmAgency',
          },
        },
      ],
    };
    expect(agencyMismatchOf(error)).toEqual({ message: MESSAGE, namedAgency: '根河市民政局' });
  });

  it('is null for every other error', () => {
    expect(agencyMismatchOf(null)).toBeNull();
    expect(agencyMismatchOf({ graphQLErrors: [] })).toBeNull();
    expect(
      agencyMismatchOf({ graphQLErrors: [{ message: '第3行：…', extensions: { code: 'BAD_USER_INPUT', line: 3 } }] }),
    ).toBeNull();
    expect(
      agencyMismatchOf({
        graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN', reason: 'AGENCY_MISMATCH' } }],
      }),
    ).toBeNull();
  });
});

describe('drafts', () => {
  it('the dialog says an open draft must be published or deleted first', () => {
    const n = openDraftNotice({ title: '根河市司法局主动公开目录', versionLabel: '2026版' });
    expect(n.title).toBe('本机关已有草稿「2026版」，不能再导入');
    expect(n.description).toContain('请先发布或删除草稿「根河市司法局主动公开目录」（2026版）');
    expect(`${n.title}${n.description}`).not.toContain('另建');
  });

  it('the delete confirmation names the version', () => {
    const c = deleteDraftConfirmation({ title: '根河市司法局主动公开目录', versionLabel: '2026版' });
    expect(c.title).toBe('删除草稿「2026版」');
    expect(c.message).toContain('「2026版」');
    expect(c.message).toContain('不能撤销');
  });

  it('after deleting, the newest remaining version', () => {
    const v = (id: string, createdAt: string, status: VersionLike['status'] = 'PUBLISHED'): VersionLike => ({
      id,
      versionLabel: id,
      status,
      createdAt,
    });
    const versions = [
      v('2024版', '2024-01-01T00:00:00Z'),
      v('草稿', '2026-01-01T00:00:00Z', 'DRAFT'),
      v('2025版', '2025-01-01T00:00:00Z'),
    ];
    expect(versionAfterDeletion(versions, '草稿')?.id).toBe('2025版');
    expect(versionAfterDeletion([v('草稿', '2026-01-01T00:00:00Z', 'DRAFT')], '草稿')).toBeNull();
  });
});

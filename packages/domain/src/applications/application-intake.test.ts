import { describe, expect, it } from 'vitest';
import { guessIntakeMapping, interpretIntakeGrid, parseIntakeDate, parseOutcome } from './application-intake.js';

describe('dates in common Chinese forms', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['２０２６年１月５日', '2026-01-05'],
    ['2026-01-05 00:00:00', '2026-01-05'],
    ['46027', '2026-01-05'], // Excel serial
    ['', null],
  ])('%s → %s', (text, value) => {
    expect(parseIntakeDate(text)).toEqual({ ok: true, value });
  });
  it('refuses what is not a date, saying so', () => {
    expect(parseIntakeDate('2026-02-30')).toEqual({ ok: false, message: '日期「2026-02-30」不存在' });
    expect(parseIntakeDate('下周一')).toMatchObject({ ok: false, message: expect.stringContaining('不是日期') });
  });
});

describe('outcomes as departments write them', () => {
  it.each([
    ['予以公开', 'granted'],
    ['部分公开', 'partial'],
    ['（三）不予公开 · 1.属于国家秘密', 'denied.stateSecret'],
    ['不予公开-属于国家秘密', 'denied.stateSecret'],
    ['本机关不掌握相关政府信息', 'unable.notHeld'],
    ['（四）2', 'unable.needsCreation'],
    ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other.noCorrection'],
    ['其他处理 3.其他', 'other.other'],
  ])('%s → %s', (text, key) => expect(parseOutcome(text)).toBe(key));
  it('does not guess', () => expect(parseOutcome('办结')).toBeUndefined());
});

describe('a department’s sheet', () => {
  const rows = [
    [
      '序号',
      '收到日期',
      '申请方式',
      '申请人',
      '申请人类型',
      '联系电话',
      '申请内容',
      '补正通知日期',
      '收到补正日期',
      '延期日期',
      '延期天数',
      '批准人',
      '答复日期',
      '办理结果',
      '信息处理费',
    ],
    [
      '1',
      '2026/1/5',
      '网络',
      '张三',
      '自然人',
      '13800000000',
      '某项目批复',
      '',
      '',
      '',
      '',
      '',
      '2026年1月20日',
      '予以公开',
      '',
    ],
    [
      '2',
      '46028',
      '邮寄',
      '某某律师事务所',
      '法律服务机构',
      '',
      '行政处罚决定书',
      '2026-01-07',
      '2026-01-12',
      '2026-02-05',
      '10',
      '局长李某',
      '2026-02-20',
      '部分公开',
      '12.50',
    ],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['3', '2026-13-01', '飞鸽', '', '学生', '', '', '', '', '', '', '', '', '办结', 'abc'],
    ['4', '2026-01-09', '当面', '王五', '商业企业', '', '', '', '', '', '', '', '', '予以公开', ''],
  ];
  const mapping = guessIntakeMapping(rows[0]!);

  it('guesses the mapping from the header', () => {
    expect(mapping).toMatchObject({
      reference: 0,
      receivedOn: 1,
      receiptWay: 2,
      applicantName: 3,
      applicantKind: 4,
      applicantContact: 5,
      subject: 6,
      correctionRequestedOn: 7,
      correctionReceivedOn: 8,
      extensionOn: 9,
      extensionDays: 10,
      extensionApprover: 11,
      repliedOn: 12,
      outcome: 13,
      fee: 14,
    });
  });

  it('gives case inputs, or errors naming the row and the field', () => {
    const out = interpretIntakeGrid(rows, mapping, { sheetName: '登记表' });
    expect(out.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, true],
      [5, false],
      [6, false],
    ]);
    expect(out[0]).toEqual({
      row: 2,
      ok: true,
      input: {
        reference: '1',
        receivedOn: '2026-01-05',
        receiptWay: 'online',
        applicantKind: 'natural',
        subject: '某项目批复',
        fee: null,
        outcome: 'granted',
        steps: [{ kind: 'replied', on: '2026-01-20' }],
        applicant: { name: '张三', contact: '13800000000' },
      },
    });
    expect(out[1]).toMatchObject({
      ok: true,
      input: {
        receivedOn: '2026-01-06',
        applicantKind: 'legalService',
        fee: '12.5',
        outcome: 'partial',
        steps: [
          { kind: 'correctionRequested', on: '2026-01-07' },
          { kind: 'correctionReceived', on: '2026-01-12' },
          { kind: 'extended', on: '2026-02-05', days: 10, approver: '局长李某' },
          { kind: 'replied', on: '2026-02-20' },
        ],
      },
    });
    const bad = out[2]!;
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.message)).toEqual([
        '工作表「登记表」第5行「收到申请日期」：日期「2026-13-01」不存在',
        '工作表「登记表」第5行「申请人类型」：「学生」不是表三的申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）',
        '工作表「登记表」第5行「申请方式」：「飞鸽」不是申请方式（当面、邮寄、网络、传真、其他）',
        '工作表「登记表」第5行「办理结果」：「办结」不是表三的办理结果之一',
        '工作表「登记表」第5行「信息处理费」：「abc」应为金额（元，最多两位小数）',
      ]);
    const noReply = out[3]!;
    if (!noReply.ok)
      expect(noReply.errors).toEqual([
        { field: 'repliedOn', message: '工作表「登记表」第6行「答复日期」：填写了办理结果，还须填写答复日期' },
      ]);
  });
});

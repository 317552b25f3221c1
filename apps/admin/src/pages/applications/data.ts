/** Types and constants of the 依申请公开 register pages. */
import { APPLICANT_KINDS, RECEIPT_WAYS, applicantKindLabel, intakeFieldLabel } from '@gongkai/domain';
import type { ApplicationCaseFieldsFragment, ApplicationRegisterQuery } from '../../gql/graphql';

export type CaseFields = ApplicationCaseFieldsFragment;
export type RegisterCase = ApplicationRegisterQuery['applicationRegister']['cases'][number];
export type Agency = ApplicationRegisterQuery['agency'];

/** The form's labels: the import's field labels (one place for 收到申请日期, 申请方式 …). */
export const FIELD_LABELS = {
  reference: intakeFieldLabel('reference'),
  receivedOn: intakeFieldLabel('receivedOn'),
  receiptWay: intakeFieldLabel('receiptWay'),
  applicantKind: intakeFieldLabel('applicantKind'),
  applicantName: intakeFieldLabel('applicantName'),
  applicantContact: intakeFieldLabel('applicantContact'),
  subject: intakeFieldLabel('subject'),
  fee: intakeFieldLabel('fee'),
  repliedOn: intakeFieldLabel('repliedOn'),
  outcome: intakeFieldLabel('outcome'),
  extensionApprover: intakeFieldLabel('extensionApprover'),
  extensionDays: intakeFieldLabel('extensionDays'),
} as const;

export const RECEIPT_WAY_OPTIONS = RECEIPT_WAYS.map((w) => ({ value: w.key as string, label: w.label as string }));
/** Table 三's applicant columns: 自然人 and 法人或其他组织·商业企业 …. */
export const APPLICANT_KIND_OPTIONS = APPLICANT_KINDS.map((k) => ({
  value: k.key as string,
  label: applicantKindLabel(k.key),
}));

/** Shown where the applicant's personal data would be, for users outside the agency. */
export const PERSONAL_DATA_HIDDEN = '（仅本机关可见）';

/** The register's address of an agency, and the office's overview of a government. */
export const registerPath = (code: string): string => `/agencies/${code}/applications`;
export const overviewPath = (code: string): string => `/governments/${code}/applications`;
/** The register as xlsx (the server's export; the header re-imports). */
export const exportUrl = (code: string, year: number | null): string =>
  `/exports/applications/${encodeURIComponent(code)}.xlsx${year ? `?year=${year}` : ''}`;

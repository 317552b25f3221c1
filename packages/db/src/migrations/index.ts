/**
 * The migrations, listed explicitly: the migrator then needs no file globbing or dynamic import of .ts
 * files, which works the same compiled, under Vitest and in a bundle (stack-notes trap 6).
 */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000Initial } from './Migration20261124000000Initial.js';
import { Migration20261124010000Auth } from './Migration20261124010000Auth.js';
import { Migration20261124020000Versions } from './Migration20261124020000Versions.js';
import { Migration20261124030000Reports } from './Migration20261124030000Reports.js';
import { Migration20261124040000FindingResolution } from './Migration20261124040000FindingResolution.js';
import { Migration20261124050000Hardening } from './Migration20261124050000Hardening.js';
import { Migration20261124060000Comparison } from './Migration20261124060000Comparison.js';
import { Migration20261124070000SeparationOfDuties } from './Migration20261124070000SeparationOfDuties.js';
import { Migration20261201000000ImportMapping } from './Migration20261201000000ImportMapping.js';
import { Migration20261201170000PublishedReports } from './Migration20261201170000PublishedReports.js';
import { Migration20261201200000Records } from './Migration20261201200000Records.js';
import { Migration20261201235000ScopeCost } from './Migration20261201235000ScopeCost.js';
import { Migration20261201236000SessionLookup } from './Migration20261201236000SessionLookup.js';
import { Migration20261201237000ReportDataVersion } from './Migration20261201237000ReportDataVersion.js';
import { Migration20261201238000ObjectAgency } from './Migration20261201238000ObjectAgency.js';
import { Migration20261201239000CatalogueDataVersion } from './Migration20261201239000CatalogueDataVersion.js';

import { Migration20261202010000Applications } from './Migration20261202010000Applications.js';
import { Migration20261202090000AgencyClosure } from './Migration20261202090000AgencyClosure.js';
import { Migration20261202100000CatalogueSubmission } from './Migration20261202100000CatalogueSubmission.js';
import { Migration20261203000000CatalogueCounts } from './Migration20261203000000CatalogueCounts.js';
import { Migration20261203010000Notices } from './Migration20261203010000Notices.js';
import { Migration20261203020000StoredFiles } from './Migration20261203020000StoredFiles.js';
import { Migration20261203030000AgencyDetails } from './Migration20261203030000AgencyDetails.js';
import { Migration20261204020000AuthVersion } from './Migration20261204020000AuthVersion.js';
import { Migration20261204010000CountsAgency } from './Migration20261204010000CountsAgency.js';
import { Migration20261204000000SubtreeProbe } from './Migration20261204000000SubtreeProbe.js';
import { Migration20261203050000RecordFiles } from './Migration20261203050000RecordFiles.js';
import { Migration20261203040000CatalogueTreeRows } from './Migration20261203040000CatalogueTreeRows.js';
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124000000Initial', class: Migration20261124000000Initial },
  { name: 'Migration20261124010000Auth', class: Migration20261124010000Auth },
  { name: 'Migration20261124020000Versions', class: Migration20261124020000Versions },
  { name: 'Migration20261124030000Reports', class: Migration20261124030000Reports },
  { name: 'Migration20261124040000FindingResolution', class: Migration20261124040000FindingResolution },
  { name: 'Migration20261124050000Hardening', class: Migration20261124050000Hardening },
  { name: 'Migration20261124060000Comparison', class: Migration20261124060000Comparison },
  { name: 'Migration20261124070000SeparationOfDuties', class: Migration20261124070000SeparationOfDuties },
  { name: 'Migration20261201000000ImportMapping', class: Migration20261201000000ImportMapping },
  { name: 'Migration20261201170000PublishedReports', class: Migration20261201170000PublishedReports },
  { name: 'Migration20261201200000Records', class: Migration20261201200000Records },
  // Rewrites every policy created before it that still parses the scope per row (gongkai_scope_has); migrations
  // after it write their policies with scopeCheck() (rls-sql.ts) — rls-scope-cost.test.ts checks both (issue 14).
  { name: 'Migration20261201235000ScopeCost', class: Migration20261201235000ScopeCost },
  { name: 'Migration20261201236000SessionLookup', class: Migration20261201236000SessionLookup },
  { name: 'Migration20261201237000ReportDataVersion', class: Migration20261201237000ReportDataVersion },
  { name: 'Migration20261201238000ObjectAgency', class: Migration20261201238000ObjectAgency },
  { name: 'Migration20261201239000CatalogueDataVersion', class: Migration20261201239000CatalogueDataVersion },
  { name: 'Migration20261202010000Applications', class: Migration20261202010000Applications },
  { name: 'Migration20261202090000AgencyClosure', class: Migration20261202090000AgencyClosure },
  { name: 'Migration20261202100000CatalogueSubmission', class: Migration20261202100000CatalogueSubmission },
  { name: 'Migration20261203000000CatalogueCounts', class: Migration20261203000000CatalogueCounts },
  { name: 'Migration20261203010000Notices', class: Migration20261203010000Notices },
  { name: 'Migration20261203020000StoredFiles', class: Migration20261203020000StoredFiles },
  { name: 'Migration20261203030000AgencyDetails', class: Migration20261203030000AgencyDetails },
  { name: 'Migration20261203040000CatalogueTreeRows', class: Migration20261203040000CatalogueTreeRows },
  { name: 'Migration20261203050000RecordFiles', class: Migration20261203050000RecordFiles },
  // The subtree checked by an index probe per row or by a hash per statement, as the transaction says (issue 14).
  { name: 'Migration20261204000000SubtreeProbe', class: Migration20261204000000SubtreeProbe },
  { name: 'Migration20261204010000CountsAgency', class: Migration20261204010000CountsAgency },
  { name: 'Migration20261204020000AuthVersion', class: Migration20261204020000AuthVersion },
];

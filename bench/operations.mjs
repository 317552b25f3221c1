// The operations the runner drives, each written for both servers so that they ask for the same data:
//   ours — the platform's GraphQL API (packages/api/schema.graphql), signed in as a platform administrator;
//   peer — PostGraphile 5 with the amber preset and @graphile/pg-aggregates on the same tables.
// Each operation has: targets(ctx) → a list of variable sets (rotated request by request), and per server a document,
// and summarize(json) → a small object both servers must agree on (checked before the load starts), so a faster
// server cannot win by answering less. `peer: null` means PostGraphile has no equivalent (measured for ours only).
//
// To add an operation, add an entry to OPERATIONS; run.mjs picks it up (`--ops name,…` selects).

const ITEM_FIELDS_OURS = `id name level serial position
  requirements { id position contentIntro contentElements timeLimit { raw rule longTerm statutoryDefault }
    publishingOrgans channels extraChannels audiences legalBasis modes levels remarks offices { id name } }`;

const ITEM_FIELDS_PEER = `rowId name level serial position
  requirements: requirementsByItemId(orderBy: POSITION_ASC) { nodes { rowId position contentIntro contentElements
    timeLimitRaw timeLimitRule longTerm statutoryDefault publishingOrgans channels extraChannels audiences legalBasis modes levels remarks
    offices: requirementOfficesByRequirementId(orderBy: POSITION_ASC) { nodes { office: officeByOfficeId { rowId name } } } } }`;

/** Items, rows, office links and a checksum of names of a catalogue tree, whichever server's shape. */
function summarizeTree(items, peer) {
  const s = { items: 0, rows: 0, links: 0, names: 0, levels: [0, 0, 0] };
  const walk = (list) => {
    for (const it of peer ? list.nodes : list) {
      s.items++;
      s.levels[it.level - 1]++;
      s.names += [...it.name].length;
      const reqs = peer ? it.requirements.nodes : it.requirements;
      s.rows += reqs.length;
      for (const r of reqs) s.links += peer ? r.offices.nodes.length : r.offices.length;
      if (it.children) walk(it.children);
    }
  };
  walk(items);
  return s;
}

export const OPERATIONS = {
  /** One agency's full catalogue tree: 3 levels of items, each with its rows, each row with its offices. */
  catalogueTree: {
    title: 'one agency’s full catalogue tree (~70 items, 100 rows, ~130 office links)',
    targets: (ctx) => ctx.sample.departmentCatalogues.map((id) => ({ id })),
    ours: {
      query: `query CatalogueTree($id: ID!) { catalogue(id: $id) { id title versionLabel status
        items { ${ITEM_FIELDS_OURS} children { ${ITEM_FIELDS_OURS} children { ${ITEM_FIELDS_OURS} } } } } }`,
      summarize: (d) => summarizeTree(d.catalogue.items, false),
    },
    peer: {
      query: `query CatalogueTree($id: UUID!) { catalogueByRowId(rowId: $id) { rowId title versionLabel status
        items: catalogueItemsByCatalogueId(condition: { parentId: null }, orderBy: POSITION_ASC) { nodes { ${ITEM_FIELDS_PEER}
          children: catalogueItemsByParentId(orderBy: POSITION_ASC) { nodes { ${ITEM_FIELDS_PEER}
            children: catalogueItemsByParentId(orderBy: POSITION_ASC) { nodes { ${ITEM_FIELDS_PEER} } } } } } } } }`,
      summarize: (d) => summarizeTree(d.catalogueByRowId.items, true),
    },
  },

  /**
   * A draft's full tree (issue 14): the same query on the draft each sampled department has (made by run.mjs through
   * createDraft); a draft changes at any time, so it is read from the database on every request.
   */
  draftTree: {
    title: 'one agency’s draft catalogue tree (a copy of its published version: ~70 items, 100 rows)',
    requires: (ctx) => ctx.sample.draftCatalogues?.length > 0,
    targets: (ctx) => ctx.sample.draftCatalogues.map((id) => ({ id })),
    get ours() {
      return OPERATIONS.catalogueTree.ours;
    },
    get peer() {
      return OPERATIONS.catalogueTree.peer;
    },
  },

  /** The agencies under a county government with the counts of their newest catalogue. */
  agencyList: {
    title: 'agencies under a county government (~95) with item and row counts of their newest catalogue',
    targets: (ctx) => ctx.sample.counties.map((code) => ({ code })),
    ours: {
      query: `query AgencyList($code: String!) { agency(code: $code) { id code name
        children { id code name kind currentCatalogue { id versionLabel status itemCount requirementCount } } } }`,
      summarize: (d) => ({
        agencies: d.agency.children.length,
        items: d.agency.children.reduce((n, a) => n + (a.currentCatalogue?.itemCount ?? 0), 0),
        rows: d.agency.children.reduce((n, a) => n + (a.currentCatalogue?.requirementCount ?? 0), 0),
      }),
    },
    peer: {
      query: `query AgencyList($code: String!) { agencyByCode(code: $code) { rowId code name
        children: agenciesByParentId(orderBy: [POSITION_ASC, NAME_ASC]) { nodes { rowId code name kind
          catalogues: cataloguesByAgencyId(first: 1, orderBy: [CREATED_AT_DESC, ROW_ID_ASC]) { nodes { rowId versionLabel status
            items: catalogueItemsByCatalogueId { totalCount } requirements: requirementsByCatalogueId { totalCount } } } } } } }`,
      summarize: (d) => ({
        agencies: d.agencyByCode.children.nodes.length,
        items: d.agencyByCode.children.nodes.reduce((n, a) => n + (a.catalogues.nodes[0]?.items.totalCount ?? 0), 0),
        rows: d.agencyByCode.children.nodes.reduce(
          (n, a) => n + (a.catalogues.nodes[0]?.requirements.totalCount ?? 0),
          0,
        ),
      }),
    },
  },

  /**
   * The same agencies with counts as the admin's agency-list page asks for them (`agencyLevel`: plain rows, one
   * statement, issue 14); the peer answers agencyList's query (the same agencies and counts).
   */
  agencyLevel: {
    title: 'agencies under a county government, as the admin asks (agencyLevel) with item and row counts',
    targets: (ctx) => ctx.sample.counties.map((code) => ({ code })),
    ours: {
      query: `query AgencyLevel($code: String!) { agencyLevel(parentCode: $code) { total
        rows { id code name kind catalogue { id versionLabel status itemCount requirementCount } } } }`,
      summarize: (d) => ({
        agencies: d.agencyLevel.rows.length,
        items: d.agencyLevel.rows.reduce((n, a) => n + (a.catalogue?.itemCount ?? 0), 0),
        rows: d.agencyLevel.rows.reduce((n, a) => n + (a.catalogue?.requirementCount ?? 0), 0),
      }),
    },
    get peer() {
      return OPERATIONS.agencyList.peer;
    },
  },

  /**
   * The annual-report sum of a year: every cell summed over a government's departments (approved and published
   * reports), with the departments included and those missing. Ours: `reportAggregate`, which sums the direct
   * departments of one government — so the target is a county (~95 departments); there is no province-wide
   * (subtree) sum in the API yet (see RESULTS.md). Peer: pg-aggregates' `sum` over a set-returning SQL function
   * (bench_peer.department_reports, created by run.mjs) plus the departments with their report status.
   */
  reportSum: {
    title: 'annual-report sum of 2024 over a county’s departments (all ~200 cells), included/missing lists',
    targets: (ctx) => ctx.sample.counties.map((code) => ({ code, year: ctx.latestYear })),
    ours: {
      query: `query ReportSum($code: String!, $year: Int!) { reportAggregate(governmentCode: $code, year: $year) {
        year format statuses cells { id value } included { id code name } missing { agency { id code name } status } ruleResults { rule severity message } } }`,
      summarize: (d) => {
        const a = d.reportAggregate;
        const cell = (id) => Number(a.cells.find((c) => c.id === id)?.value ?? 0);
        return {
          included: a.included.length,
          missing: a.missing.length,
          newReceived: cell('a.newReceived.total'),
          fees: cell('p.fees.amount'),
          cells: a.cells.length,
        };
      },
    },
    peer: {
      // The sum fields are filled in by run.mjs from the peer's schema (one per cell column of the year's format).
      query: (ctx) => `query ReportSum($code: String!, $year: Int!, $statuses: [String]) {
        sum: benchPeerDepartmentReports(governmentCode: $code, year: $year, statuses: $statuses) { totalCount aggregates { sum { ${ctx.peerSumFields.join(' ')} } } }
        agencyByCode(code: $code) { departments: agenciesByParentId(condition: { kind: "DEPARTMENT" }, orderBy: [POSITION_ASC, NAME_ASC]) {
          nodes { rowId code name reports: annualReportsByAgencyId(condition: { year: $year }) { nodes { status format } } } } } }`,
      variables: (v) => ({ ...v, statuses: ['APPROVED', 'PUBLISHED'] }),
      summarize: (d) => {
        const deps = d.agencyByCode.departments.nodes;
        const counted = deps.filter((a) =>
          a.reports.nodes.some((r) => r.status === 'APPROVED' || r.status === 'PUBLISHED'),
        ).length;
        const sum = d.sum.aggregates.sum;
        return {
          included: d.sum.totalCount,
          missing: deps.length - counted,
          newReceived: Number(sum.cANewreceivedTotal ?? 0),
          fees: Number(sum.cPFeesAmount ?? 0),
          cells: Object.keys(sum).length,
        };
      },
    },
  },

  /**
   * The sum over a whole government's subtree (issue 14): the province (~9,500 departments at 10,000 agencies) and
   * its cities, every department anywhere below; the organs as counts and the first page of 100 of each list.
   */
  reportSumSubtree: {
    title: 'annual-report sum of 2024 over every department below the province or a city (counts, first 100 listed)',
    requires: (ctx) => ctx.oursSchema.includes('subtree: Boolean') && ctx.sample.provinceAndCities?.length > 0,
    targets: (ctx) => ctx.sample.provinceAndCities.map((code) => ({ code, year: ctx.latestYear })),
    ours: {
      query: `query ReportSumSubtree($code: String!, $year: Int!) { reportAggregate(governmentCode: $code, year: $year, subtree: true) {
        year format statuses includedCount missingCount cells { id value } included { id code name } missing { agency { id code name } status } ruleResults { rule severity message } } }`,
      summarize: (d) => {
        const a = d.reportAggregate;
        const cell = (id) => Number(a.cells.find((c) => c.id === id)?.value ?? 0);
        return { included: a.includedCount, newReceived: cell('a.newReceived.total'), fees: cell('p.fees.amount') };
      },
    },
    peer: {
      query: (ctx) => `query ReportSumSubtree($code: String!, $year: Int!, $statuses: [String]) {
        sum: benchPeerSubtreeReports(governmentCode: $code, year: $year, statuses: $statuses) { totalCount aggregates { sum { ${ctx.peerSumFields.join(' ')} } } }
        list: benchPeerSubtreeReports(governmentCode: $code, year: $year, statuses: $statuses, first: 100) { nodes { rowId agency: agencyByAgencyId { rowId code name } } } }`,
      variables: (v) => ({ ...v, statuses: ['APPROVED', 'PUBLISHED'] }),
      summarize: (d) => {
        const sum = d.sum.aggregates.sum;
        return {
          included: d.sum.totalCount,
          newReceived: Number(sum.cANewreceivedTotal ?? 0),
          fees: Number(sum.cPFeesAmount ?? 0),
        };
      },
    },
  },

  /**
   * The coverage matrix: the province's standard catalogue held against every department of a county (~95 × ~70
   * template items, matching in the domain code). PostGraphile has no equivalent (the matching is application code):
   * measured for ours only.
   */
  coverageMatrix: {
    title: 'coverage matrix: the standard catalogue × a county’s departments',
    requires: (ctx) => ctx.oursSchema.includes('coverageMatrix(') && ctx.sample.standardCatalogue,
    targets: (ctx) => ctx.sample.counties.map((code) => ({ code, templateId: ctx.sample.standardCatalogue })),
    ours: {
      query: `query Coverage($code: String!, $templateId: ID!) { coverageMatrix(templateId: $templateId, governmentCode: $code) {
        columns { path mandatory } rows { agency { id code name } catalogueId score covered weaker missing mandatoryMissing cells { status score method } } } }`,
      summarize: (d) => ({ rows: d.coverageMatrix.rows.length, columns: d.coverageMatrix.columns.length }),
    },
    peer: null,
  },
};
